package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * The subscriptions as month-end MRR per account, the base of the MRR movements and retention.
 *
 * <p>A subscription counts in a month when it is active on the month's last day: started on or
 * before it and not ended before it (the end date is the last day covered). Instead of a dense grid
 * of account-months, each subscription adds its MRR in its first month and removes it in the month
 * after its last; the running sum per account gives the MRR after each month that changed it.
 */
final class Subscriptions {
  /** The usable subscriptions: account_key, start_date, end_date, mrr. */
  static final String BASE = "asm_subscriptions";

  /**
   * One row per account and month in which its month-end MRR changed: month, mrr_before, mrr_after,
   * movement (new, expansion, contraction, churn, reactivation or NULL), amount (after − before)
   * and run_end (the first month of the next change, capped at the window's end).
   */
  static final String MONTHS = "asm_mrr_months";

  private Subscriptions() {}

  /** Builds the base and the months relations; returns the notes about rows left out. */
  static List<String> build(Engine engine, LinkedTable subscriptions, AsOfWindow window) {
    String mrr = mrrExpression(subscriptions);
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + BASE
            + " AS SELECT account_key, start_date, end_date, "
            + mrr
            + " AS mrr FROM "
            + subscriptions.relation()
            + " WHERE account_key IS NOT NULL AND start_date IS NOT NULL AND "
            + mrr
            + " IS NOT NULL AND (end_date IS NULL OR end_date >= start_date) AND "
            + window.toDate("start_date"));
    engine.execute(monthsSql(window));
    return notes(engine, subscriptions, mrr);
  }

  private static String mrrExpression(LinkedTable subscriptions) {
    boolean monthly = subscriptions.has(SourceRole.MRR);
    boolean annual = subscriptions.has(SourceRole.ARR);
    if (monthly && annual) {
      return "coalesce(mrr, arr / 12.0)";
    }
    if (monthly || annual) {
      return monthly ? "mrr" : "arr / 12.0";
    }
    throw new IllegalStateException("subscriptions without MRR or ARR reached the assembly");
  }

  private static String monthsSql(AsOfWindow window) {
    String cap = window.capMonthSql();
    return "CREATE OR REPLACE TABLE "
        + MONTHS
        + " AS"
        + " WITH events AS ("
        + "  SELECT account_key, date_trunc('month', start_date)::DATE AS month, mrr AS delta"
        + "  FROM "
        + BASE
        + "  UNION ALL SELECT account_key, date_trunc('month', end_date + 1)::DATE, -mrr"
        + "  FROM "
        + BASE
        + " WHERE end_date IS NOT NULL),"
        + " changes AS (SELECT account_key, month, sum(delta) AS delta FROM events"
        + "  WHERE month < "
        + cap
        + " GROUP BY account_key, month),"
        + " levels AS (SELECT account_key, month, round(sum(delta) OVER (byMonth ROWS"
        + "  UNBOUNDED PRECEDING), 6) AS mrr_after,"
        + "  coalesce(round(sum(delta) OVER (byMonth ROWS BETWEEN UNBOUNDED PRECEDING AND"
        + "  1 PRECEDING), 6), 0) AS mrr_before,"
        + "  least(coalesce(lead(month) OVER byMonth, "
        + cap
        + "), "
        + cap
        + ") AS run_end"
        + "  FROM changes WINDOW byMonth AS (PARTITION BY account_key ORDER BY month)),"
        + " history AS (SELECT *, max(mrr_before) OVER (PARTITION BY account_key ORDER BY month"
        + "  ROWS UNBOUNDED PRECEDING) > 0 AS had_mrr FROM levels)"
        + " SELECT account_key, month, mrr_before, mrr_after, mrr_after - mrr_before AS amount,"
        + "  run_end, CASE"
        + "   WHEN mrr_before <= 0 AND mrr_after > 0 THEN"
        + "    CASE WHEN had_mrr THEN 'reactivation' ELSE 'new' END"
        + "   WHEN mrr_before > 0 AND mrr_after <= 0 THEN 'churn'"
        + "   WHEN mrr_after > mrr_before THEN 'expansion'"
        + "   WHEN mrr_after < mrr_before THEN 'contraction' END AS movement"
        + " FROM history";
  }

  private static List<String> notes(Engine engine, LinkedTable subscriptions, String mrr) {
    long left =
        engine.queryOne(
            "SELECT count(*) FROM "
                + subscriptions.relation()
                + " WHERE account_key IS NOT NULL"
                + " AND (start_date IS NULL OR "
                + mrr
                + " IS NULL OR end_date < start_date)",
            r -> r.getLong(1));
    List<String> notes = new ArrayList<>();
    if (left > 0) {
      notes.add(
          left
              + " linked subscriptions left out: no start date, no MRR or ARR, or an end"
              + " before the start");
    }
    return notes;
  }
}
