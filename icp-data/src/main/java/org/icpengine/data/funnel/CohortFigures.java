package org.icpengine.data.funnel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.engine.Engine;

/**
 * The opportunities by creation period and tier, with each period's total as tier {@code all}:
 * whether the mix moves towards the ICP over time, and whether the tiers' results hold.
 */
final class CohortFigures {
  private CohortFigures() {}

  /** Returns the rows, oldest period first, each period's tiers then its total. */
  static List<CohortRow> compute(Engine engine, CohortPeriod period) {
    String expression =
        period == CohortPeriod.MONTH
            ? "strftime(created_date, '%Y-%m')"
            : "CAST(year(created_date) AS VARCHAR) || '-Q' || CAST(quarter(created_date) AS"
                + " VARCHAR)";
    record Raw(
        String period,
        String tier,
        long n,
        long closed,
        long won,
        double pipeline,
        double bookings) {}
    List<Raw> raws =
        engine.query(
            "SELECT period, coalesce(tier, 'all') AS t, count(*), count(*) FILTER (WHERE outcome"
                + " <> 'open'), count(*) FILTER (WHERE outcome = 'won'), coalesce(sum(amount)"
                + " FILTER (WHERE outcome = 'open'), 0), coalesce(sum(amount) FILTER (WHERE"
                + " outcome = 'won'), 0) FROM (SELECT *, "
                + expression
                + " AS period FROM "
                + GroupFigures.TABLE
                + " WHERE created_date IS NOT NULL) GROUP BY GROUPING SETS ((period, tier),"
                + " (period)) ORDER BY period, t = 'all', t",
            r ->
                new Raw(
                    r.getString(1),
                    r.getString(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getLong(5),
                    r.getDouble(6),
                    r.getDouble(7)));
    Map<String, Long> totals = new HashMap<>();
    raws.stream().filter(r -> r.tier().equals("all")).forEach(r -> totals.put(r.period(), r.n()));
    return raws.stream()
        .map(
            r ->
                new CohortRow(
                    r.period(),
                    r.tier(),
                    r.n(),
                    Rates.proportion(r.n(), totals.get(r.period())),
                    r.closed(),
                    r.won(),
                    Rates.proportion(r.won(), r.closed()),
                    r.pipeline(),
                    r.bookings()))
        .toList();
  }
}
