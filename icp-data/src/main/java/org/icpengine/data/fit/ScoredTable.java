package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The loaded path's scoring ({@link BatchScorer#scoreLoaded}): the score statement over a table of
 * cleaned rows, as a market or not, and the counts of the scored table — the rows per tier and, for
 * a market, the expected ideal accounts per tier — read from it once it is written.
 */
final class ScoredTable {
  private ScoredTable() {}

  /**
   * What the scored table holds.
   *
   * @param tiers the rows per tier, tiers without rows left out
   * @param unscored the rows without a tier
   * @param market the market figures, when scoring a market
   */
  record Counts(Map<String, Long> tiers, long unscored, Optional<MarketSummary> market) {}

  /** Returns the score statement over {@code relation}, cleaned rows with {@code icp#row}. */
  static String select(
      Engine engine, ScoreModel model, String relation, Set<String> present, boolean market) {
    Map<String, String> keys = KeyLookups.of(engine, model, present, relation);
    if (!market) {
      return ScoreSql.select(engine, model, relation, present, keys);
    }
    return SupportSql.flagged(
        ScoreSql.select(
            engine,
            model,
            SupportSql.withOutside(model, present, keys, relation, true),
            present,
            keys,
            SupportSql.carrying(List.of(Engine.quote(CleanedTable.ROW)))));
  }

  /** Counts the scored table's rows per tier and, for a market, its market figures. */
  static Counts count(Engine engine, String table, ScoreModel model, boolean market) {
    Map<String, Long> tiers = new TreeMap<>();
    Map<String, Double> expected = new TreeMap<>();
    long[] unscored = {0};
    long[] outside = {0};
    engine.query(
        "SELECT "
            + ScoreSql.TIER
            + ", count(*), sum("
            + SupportSql.probability(model)
            + "), sum("
            + SupportSql.outsideCount()
            + ") FROM "
            + table
            + " GROUP BY ALL",
        r -> {
          String tier = r.getString(1);
          if (tier == null) {
            unscored[0] = r.getLong(2);
          } else {
            tiers.put(tier, r.getLong(2));
            expected.put(tier, r.getDouble(3));
          }
          outside[0] += r.getLong(4);
          return null;
        });
    if (!market) {
      return new Counts(tiers, unscored[0], Optional.empty());
    }
    List<MarketSummary.Tier> rows = new ArrayList<>();
    for (String tier : List.of("A", "B", "C", "D")) {
      rows.add(
          new MarketSummary.Tier(
              tier, tiers.getOrDefault(tier, 0L), expected.getOrDefault(tier, 0.0)));
    }
    return new Counts(
        tiers,
        unscored[0],
        Optional.of(new MarketSummary(rows, unscored[0], outside[0], model.support())));
  }
}
