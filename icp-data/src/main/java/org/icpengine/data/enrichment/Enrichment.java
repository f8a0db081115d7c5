package org.icpengine.data.enrichment;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.assembly.AccountAssembly;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.Sources;

/**
 * Applies the enrichment files of a {@code sources.yaml} to an assembled account table, in the
 * order the file lists them: each is read, matched to the accounts ({@code data.matching}), the
 * review decisions applied, and merged ({@link EnrichmentMerge}). A later file fills what earlier
 * ones and the CRM left empty (or overrides them with {@code precedence: enrichment}).
 */
public final class Enrichment {
  private Enrichment() {}

  /**
   * The account table after enrichment, and what each file did.
   *
   * @param accounts the assembled accounts, its relation now holding the enriched columns
   * @param report what each enrichment file did
   */
  public record Enriched(AssembledAccounts accounts, EnrichmentReport report) {}

  /**
   * Assembles the account table of linked sources and applies their enrichment files: the one
   * account table {@code icp assemble}, derive, the funnel and personas read, so each sees an
   * account's enriched attributes the same way.
   *
   * @throws org.icpengine.data.InputException in one line when the sources or an enrichment file
   *     cannot be used
   */
  public static Enriched assemble(
      LinkedSources linked, Sources sources, ReviewDecisions decisions, AssemblyOptions options) {
    return apply(linked, sources, decisions, AccountAssembly.assemble(linked, options));
  }

  /**
   * Enriches the assembled accounts in the sources' engine; without enrichment files the table is
   * left as it is.
   *
   * @throws org.icpengine.data.InputException in one line when an enrichment file cannot be used
   */
  public static Enriched apply(
      LinkedSources linked,
      Sources sources,
      ReviewDecisions decisions,
      AssembledAccounts accounts) {
    List<SourceEntry> entries = entries(sources);
    if (entries.isEmpty()) {
      return new Enriched(accounts, EnrichmentReport.none(accounts.accounts()));
    }
    Engine engine = linked.engine();
    AccountParties parties = parties(linked, sources);
    EnrichmentMerge merge = new EnrichmentMerge(engine, accounts.relation());
    List<SourceEnrichment> done = new ArrayList<>();
    int index = 0;
    for (SourceEntry entry : entries) {
      String table = "icp_enrich_src_" + index++;
      EnrichmentInput input = EnrichmentInput.read(engine, sources, entry, table);
      done.add(merge.merge(SourceMatch.of(input, parties, decisions), parties));
      engine.execute("DROP TABLE IF EXISTS " + table);
    }
    long enriched = engine.count(EnrichmentMerge.ENRICHED);
    engine.execute("DROP TABLE IF EXISTS " + EnrichmentMerge.ENRICHED);
    return new Enriched(
        accounts, new EnrichmentReport(done, enriched, engine.count(accounts.relation())));
  }

  /**
   * Returns the review-band pairs of every enrichment file no one has decided yet, in file order:
   * what {@code icp sources review} asks about. The sources must be linked in the engine.
   */
  public static List<ReviewPair> pending(
      LinkedSources linked, Sources sources, ReviewDecisions decisions) {
    List<ReviewPair> pairs = new ArrayList<>();
    AccountParties parties = parties(linked, sources);
    int index = 0;
    for (SourceEntry entry : entries(sources)) {
      String table = "icp_enrich_src_" + index++;
      EnrichmentInput input = EnrichmentInput.read(linked.engine(), sources, entry, table);
      pairs.addAll(SourceMatch.of(input, parties, decisions).pending());
      linked.engine().execute("DROP TABLE IF EXISTS " + table);
    }
    return pairs;
  }

  private static List<SourceEntry> entries(Sources sources) {
    return sources.used().stream()
        .filter(e -> e.kind().orElseThrow() == SourceKind.ENRICHMENT)
        .toList();
  }

  private static AccountParties parties(LinkedSources linked, Sources sources) {
    SourceEntry accounts = sources.only(SourceKind.ACCOUNTS).orElseThrow();
    return AccountParties.read(linked.engine(), accounts, linked.attributes());
  }
}
