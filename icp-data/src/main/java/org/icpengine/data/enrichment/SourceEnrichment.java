package org.icpengine.data.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.matching.MatchBand;
import org.icpengine.data.sources.EnrichmentSettings.Precedence;

/**
 * What one enrichment file did: how its rows matched, which accounts it enriched and how much of
 * each attribute it supplied.
 *
 * @param name the source's name in {@code sources.yaml}
 * @param file the file
 * @param rows rows read
 * @param bands rows per band, before the review decisions
 * @param accepted review pairs linked by a person's decision
 * @param rejected pairs a person rejected
 * @param pendingReview review pairs not decided yet ({@code icp sources review})
 * @param linked rows linked after the decisions
 * @param duplicateAccounts accounts several linked rows were about (the row with the most values
 *     was kept, the first in the file on ties)
 * @param enrichedAccounts accounts that received at least one value
 * @param precedence whose value wins in a conflict
 * @param attributes each column's coverage, in file order
 * @param notes row-level notes, in words
 */
public record SourceEnrichment(
    String name,
    String file,
    long rows,
    Map<MatchBand, Long> bands,
    long accepted,
    long rejected,
    long pendingReview,
    long linked,
    long duplicateAccounts,
    long enrichedAccounts,
    Precedence precedence,
    List<AttributeCoverage> attributes,
    List<String> notes) {

  public SourceEnrichment {
    bands = Map.copyOf(bands);
    attributes = List.copyOf(attributes);
    notes = List.copyOf(notes);
  }

  /** Returns the report's lines: the match, then each attribute, then the notes. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%s (enrichment): %,d of %,d rows linked (certain %,d, likely %,d, review %,d of which"
                + " %,d accepted and %,d waiting for icp sources review, no match %,d; %,d"
                + " rejected); %,d accounts enriched",
            file,
            linked,
            rows,
            bands.get(MatchBand.CERTAIN),
            bands.get(MatchBand.LIKELY),
            bands.get(MatchBand.REVIEW),
            accepted,
            pendingReview,
            bands.get(MatchBand.NO_MATCH),
            rejected,
            enrichedAccounts));
    String kept = precedence == Precedence.CRM ? "the CRM's kept" : "the file's kept";
    attributes.forEach(a -> lines.add("  " + a.describe(kept)));
    if (duplicateAccounts > 0) {
      lines.add(
          String.format(
              Locale.ROOT,
              "  %,d accounts have several rows in %s: kept the row with the most values, the"
                  + " first in the file on ties",
              duplicateAccounts,
              file));
    }
    notes.forEach(n -> lines.add("  note: " + n));
    return lines;
  }
}
