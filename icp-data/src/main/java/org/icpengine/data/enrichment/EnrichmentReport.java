package org.icpengine.data.enrichment;

import java.util.ArrayList;
import java.util.List;

/**
 * What the enrichment files of a {@code sources.yaml} did to the account table.
 *
 * @param sources each enrichment source, in {@code sources.yaml} order
 * @param enrichedAccounts accounts that received a value from any of them
 * @param accounts accounts in the table
 */
public record EnrichmentReport(
    List<SourceEnrichment> sources, long enrichedAccounts, long accounts) {
  public EnrichmentReport {
    sources = List.copyOf(sources);
  }

  /** Returns the report of sources without enrichment files. */
  public static EnrichmentReport none(long accounts) {
    return new EnrichmentReport(List.of(), 0, accounts);
  }

  /** Returns the report's lines; none without enrichment files. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    sources.forEach(s -> lines.addAll(s.lines()));
    return lines;
  }
}
