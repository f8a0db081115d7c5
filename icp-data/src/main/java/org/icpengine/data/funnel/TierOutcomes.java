package org.icpengine.data.funnel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.stats.Moments;
import org.icpengine.data.engine.Engine;

/**
 * Each tier's customers' revenue, NRR and CAC, read from the account table ({@code data.assembly})
 * over the distinct accounts with a won deal in the tier: the figures the finance scenario and the
 * product view weigh the tiers by.
 */
final class TierOutcomes {
  private TierOutcomes() {}

  /** Returns the outcomes of tiers A–D that have a won deal, in tier order. */
  static Map<String, TierOutcome> compute(Engine engine, String accounts) {
    List<String> columns =
        engine.query("SELECT column_name FROM (DESCRIBE " + accounts + ")", r -> r.getString(1));
    String ltv = number(columns, "ltv");
    String nrr = number(columns, "nrr_12m");
    String cac =
        columns.contains("cac") && columns.contains("ltv")
            ? "CASE WHEN " + ltv + " IS NOT NULL THEN " + number(columns, "cac") + " END"
            : "NULL::DOUBLE";
    Map<String, TierOutcome> out = new LinkedHashMap<>();
    engine.query(
        "SELECT tier, count(DISTINCT account_key),"
            + moments("revenue")
            + ","
            + moments("nrr")
            + ","
            + moments("cac")
            + " FROM (SELECT DISTINCT tier, account_key FROM "
            + GroupFigures.TABLE
            + " WHERE outcome = 'won' AND tier IN ('A', 'B', 'C', 'D')) w LEFT JOIN (SELECT"
            + " account_key, "
            + ltv
            + " AS revenue, "
            + nrr
            + " AS nrr, "
            + cac
            + " AS cac FROM "
            + accounts
            + ") a USING (account_key) GROUP BY tier ORDER BY tier",
        r ->
            out.put(
                r.getString(1),
                new TierOutcome(
                    r.getString(1),
                    r.getLong(2),
                    new Moments(r.getLong(3), r.getDouble(4), r.getDouble(5)),
                    new Moments(r.getLong(6), r.getDouble(7), r.getDouble(8)),
                    new Moments(r.getLong(9), r.getDouble(10), r.getDouble(11)))));
    return out;
  }

  private static String number(List<String> columns, String name) {
    return columns.contains(name) ? "TRY_CAST(" + name + " AS DOUBLE)" : "NULL::DOUBLE";
  }

  private static String moments(String column) {
    return " count("
        + column
        + "), coalesce(sum("
        + column
        + "), 0), coalesce(sum("
        + column
        + " * "
        + column
        + "), 0)";
  }
}
