package org.icpengine.data.funnel;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;

/**
 * The funnel's figures, in order: the stage order, the cells of each cut (the requested one and,
 * for a cut by two dimensions, each alone), the share of A+B, the missed list, the cohorts and the
 * forecast; every one a grouped query over the scored opportunities.
 */
final class FunnelFigures {
  private FunnelFigures() {}

  static FunnelReport compute(
      LinkedSources linked,
      OpportunityScores scores,
      FunnelOptions options,
      Optional<String> accountTable) {
    return compute(linked, scores, options, accountTable, Optional.empty());
  }

  /**
   * Computes the funnel; {@code accountTable} is the account table when the sources have spend
   * (CAC), {@code assembled} the account table whenever one was built (NRR, revenue, survey).
   */
  static FunnelReport compute(
      LinkedSources linked,
      OpportunityScores scores,
      FunnelOptions options,
      Optional<String> accountTable,
      Optional<AssembledAccounts> assembled) {
    Engine engine = linked.engine();
    if (options.by().contains(FunnelDimension.GRADE) && !scores.grades()) {
      throw new InputException(
          "the ICP has no grade (it was derived without engagement columns): cut by tier");
    }
    List<String> notes = new ArrayList<>(scores.notes());
    Optional<LocalDate> asOf = options.asOf().or(() -> latest(engine, linked));
    StageOrder order =
        StageOrder.find(engine, scores.table(), options.stages(), asOf.orElse(LocalDate.now()));
    notes.add("stages: " + String.join(" → ", order.all()) + " (" + order.rule() + ")");
    notes.add(
        "stages: only the current stage is known: an open deal passed the stages before its own,"
            + " a won deal every stage, a lost deal every open stage (where it was lost is not"
            + " recorded), so the in-order and reached-any-stage modes agree");
    GroupFigures figures = GroupFigures.prepare(engine, scores.table(), order);
    Tally total = figures.total();
    if (total.n() == 0) {
      throw new InputException(
          "no opportunity links to an account: check the opportunities' key in sources.yaml");
    }
    List<FunnelGroup> groups = new ArrayList<>();
    for (List<FunnelDimension> cut : cuts(options.by())) {
      Map<List<String>, TierEconomics> economics =
          accountTable
              .map(t -> EconomicsFigures.compute(engine, cut, t, hasPayback(engine, t)))
              .orElse(Map.of());
      groups.addAll(figures.groups(cut, total, economics));
    }
    if (accountTable.isEmpty()) {
      notes.add("cac: the sources have no spend, so no CAC, LTV:CAC or payback");
    }
    notes.add(0, TierVerdict.of(engine));
    long undated =
        engine.queryOne(
            "SELECT count(*) FROM " + GroupFigures.TABLE + " WHERE created_date IS NULL",
            r -> r.getLong(1));
    if (undated > 0) {
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "cohorts: %,d opportunities without a created date are in no cohort",
              undated));
    }
    Map<String, TierOutcome> outcomes =
        assembled.map(a -> TierOutcomes.compute(engine, a.relation())).orElse(Map.of());
    List<ProductCohort> product =
        assembled.map(a -> ProductCohorts.compute(engine, a, outcomes)).orElse(List.of());
    Optional<Forecast> forecast =
        asOf.map(day -> ForecastFigures.compute(engine, day, options.shift(), outcomes));
    FunnelReport report =
        new FunnelReport(
            options.by(),
            order.all(),
            total.n(),
            tiers(engine),
            groups,
            topTiers(engine),
            MissedDeals.list(engine),
            MissedDeals.totals(engine),
            options.cohort(),
            CohortFigures.compute(engine, options.cohort()),
            forecast,
            OpenDeals.list(engine),
            OpenDeals.total(engine),
            outcomes,
            product,
            options.segment(),
            notes);
    engine.execute("DROP TABLE IF EXISTS " + GroupFigures.TABLE);
    return report;
  }

  /** Returns the cut and, for two dimensions, each alone first. */
  static List<List<FunnelDimension>> cuts(List<FunnelDimension> by) {
    List<List<FunnelDimension>> cuts = new ArrayList<>();
    if (by.size() > 1) {
      by.forEach(d -> cuts.add(List.of(d)));
    }
    cuts.add(by);
    return cuts;
  }

  private static boolean hasPayback(Engine engine, String table) {
    return engine
            .query(
                "SELECT column_name FROM (DESCRIBE "
                    + table
                    + ") WHERE column_name = 'payback_months'",
                r -> r.getString(1))
            .size()
        == 1;
  }

  private static Optional<LocalDate> latest(Engine engine, LinkedSources linked) {
    if (linked.latestDate().isPresent()) {
      return linked.latestDate();
    }
    Date latest =
        engine.queryOne(
            "SELECT max(greatest(created_date, close_date)) FROM " + OpportunityScores.TABLE,
            r -> r.getDate(1));
    return Optional.ofNullable(latest).map(Date::toLocalDate);
  }

  private static Map<String, Long> tiers(Engine engine) {
    Map<String, Long> tiers = new LinkedHashMap<>();
    engine.query(
        "SELECT tier, count(*) FROM "
            + GroupFigures.TABLE
            + " GROUP BY tier ORDER BY tier = 'unscored', tier",
        r -> tiers.put(r.getString(1), r.getLong(2)));
    return tiers;
  }

  private static TopTierShare topTiers(Engine engine) {
    String sums =
        " coalesce(sum(amount) FILTER (WHERE top AND outcome = '%1$s'), 0), coalesce(sum(amount)"
            + " FILTER (WHERE outcome = '%1$s'), 0), coalesce(sum(amount * amount) FILTER (WHERE"
            + " top AND outcome = '%1$s'), 0), coalesce(sum(amount * amount) FILTER (WHERE"
            + " outcome = '%1$s'), 0), count(amount) FILTER (WHERE outcome = '%1$s'),";
    return engine.queryOne(
        "SELECT count(*) FILTER (WHERE top), count(*),"
            + String.format(java.util.Locale.ROOT, sums, "open")
            + String.format(java.util.Locale.ROOT, sums, "won")
            + " count(*) FILTER (WHERE top AND outcome = 'won'), count(*) FILTER (WHERE outcome ="
            + " 'won') FROM (SELECT *, tier IN ('A', 'B') AS top FROM "
            + GroupFigures.TABLE
            + " WHERE tier <> 'unscored')",
        r ->
            new TopTierShare(
                List.of("A", "B"),
                Rates.proportion(r.getLong(1), r.getLong(2)),
                Rates.share(
                    r.getDouble(3), r.getDouble(4), r.getDouble(5), r.getDouble(6), r.getLong(7)),
                Rates.share(
                    r.getDouble(8),
                    r.getDouble(9),
                    r.getDouble(10),
                    r.getDouble(11),
                    r.getLong(12)),
                Rates.proportion(r.getLong(13), r.getLong(14))));
  }
}
