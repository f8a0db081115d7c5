package org.icpengine.data.funnel;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.icpengine.data.engine.Engine;

/**
 * The deals the ICP got wrong: won deals it placed in tier C or D (the false negatives a sales
 * leader asks about first) and lost deals it placed in tier A; the largest amounts of each kind
 * listed, every one counted.
 */
final class MissedDeals {
  /** The most deals listed of each kind. */
  static final int LISTED = 50;

  private static final String KIND =
      "CASE WHEN outcome = 'won' AND tier IN ('C', 'D') THEN '"
          + MissedDeal.WON_LOW_TIER
          + "' WHEN outcome = 'lost' AND tier = 'A' THEN '"
          + MissedDeal.LOST_TIER_A
          + "' END";

  private MissedDeals() {}

  /** Returns the listed deals, won ones first, each kind by amount, largest first. */
  static List<MissedDeal> list(Engine engine) {
    return engine.query(
        "SELECT kind, coalesce(opportunity_id, 'row ' || orow), account_key, tier, grade, stage,"
            + " amount, created_date, close_date, channel, reasons FROM (SELECT "
            + KIND
            + " AS kind, * FROM "
            + GroupFigures.TABLE
            + ") WHERE kind IS NOT NULL QUALIFY row_number() OVER (PARTITION BY kind ORDER BY"
            + " amount DESC NULLS LAST, orow) <= "
            + LISTED
            + " ORDER BY kind DESC, amount DESC NULLS LAST, orow",
        r -> {
          double amount = r.getDouble(7);
          if (r.wasNull()) {
            amount = Double.NaN;
          }
          return new MissedDeal(
              r.getString(1),
              r.getString(2),
              r.getString(3),
              r.getString(4),
              Optional.ofNullable(r.getString(5)),
              r.getString(6) == null ? "" : r.getString(6),
              amount,
              Optional.ofNullable(r.getDate(8)).map(Date::toLocalDate),
              Optional.ofNullable(r.getDate(9)).map(Date::toLocalDate),
              Optional.ofNullable(r.getString(10)),
              r.getString(11));
        });
  }

  /** Returns how many deals of each kind there are. */
  static Map<String, Long> totals(Engine engine) {
    Map<String, Long> totals = new TreeMap<>();
    totals.put(MissedDeal.WON_LOW_TIER, 0L);
    totals.put(MissedDeal.LOST_TIER_A, 0L);
    engine.query(
        "SELECT kind, count(*) FROM (SELECT "
            + KIND
            + " AS kind FROM "
            + GroupFigures.TABLE
            + ") WHERE kind IS NOT NULL GROUP BY kind",
        r -> totals.put(r.getString(1), r.getLong(2)));
    return totals;
  }
}
