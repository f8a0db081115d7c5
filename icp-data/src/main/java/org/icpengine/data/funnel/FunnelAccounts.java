package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.assembly.AccountAssembly;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.AssemblyOptions;
import org.icpengine.data.enrichment.AttributeCoverage;
import org.icpengine.data.enrichment.Enrichment;
import org.icpengine.data.enrichment.ReviewDecisions;
import org.icpengine.data.enrichment.SourceEnrichment;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.Sources;

/**
 * The accounts the funnel scores and the account table it reads economics from. With enrichment
 * files the opportunities are scored over the enriched account table ({@link Enrichment#assemble},
 * the table derive reads), so an account's enriched attributes count as they do in derive; without
 * them, over the linked accounts as exported.
 *
 * @param relation the accounts to score: {@code account_key} and the text columns {@code
 *     attributes}
 * @param attributes the columns a model's attributes are matched among
 * @param assembled the account table, when the funnel needs one (spend, subscriptions, survey) or
 *     the sources have enrichment files
 */
record FunnelAccounts(
    String relation, List<String> attributes, Optional<AssembledAccounts> assembled) {
  private static final String ENRICHED = "fnl_accounts";

  /** The sources behind linked tables, for their enrichment files and review decisions. */
  record Enrichable(Sources sources, ReviewDecisions decisions) {
    boolean enriches() {
      return sources.used().stream().anyMatch(e -> e.kind().orElseThrow() == SourceKind.ENRICHMENT);
    }
  }

  FunnelAccounts {
    attributes = List.copyOf(attributes);
  }

  /** Returns the accounts of linked sources; {@code enrichable} is empty for tables alone. */
  static FunnelAccounts of(
      LinkedSources linked, AssemblyOptions options, Optional<Enrichable> enrichable) {
    if (enrichable.isPresent() && enrichable.get().enriches()) {
      return enriched(linked, options, enrichable.get());
    }
    Optional<AssembledAccounts> assembled = Optional.empty();
    if (linked.table(SourceKind.SPEND).isPresent()
        || linked.table(SourceKind.SUBSCRIPTIONS).isPresent()
        || linked.table(SourceKind.SURVEY).isPresent()) {
      assembled = Optional.of(AccountAssembly.assemble(linked, options));
    }
    return new FunnelAccounts(
        linked.table(SourceKind.ACCOUNTS).orElseThrow().relation(), linked.attributes(), assembled);
  }

  /**
   * The enriched account table, its text columns the accounts' attributes and those the files
   * added.
   */
  private static FunnelAccounts enriched(
      LinkedSources linked, AssemblyOptions options, Enrichable enrichable) {
    Enrichment.Enriched enriched =
        Enrichment.assemble(linked, enrichable.sources(), enrichable.decisions(), options);
    List<String> attributes = new ArrayList<>(linked.attributes());
    for (SourceEnrichment source : enriched.report().sources()) {
      source.attributes().stream()
          .filter(AttributeCoverage::added)
          .map(AttributeCoverage::column)
          .filter(c -> !attributes.contains(c))
          .forEach(attributes::add);
    }
    StringBuilder select = new StringBuilder("account_key");
    attributes.forEach(
        c -> select.append(", CAST(").append(quote(c)).append(" AS VARCHAR) AS ").append(quote(c)));
    linked
        .engine()
        .execute(
            "CREATE OR REPLACE TABLE "
                + ENRICHED
                + " AS SELECT "
                + select
                + " FROM "
                + enriched.accounts().relation());
    return new FunnelAccounts(ENRICHED, attributes, Optional.of(enriched.accounts()));
  }
}
