package org.icpengine.data.assembly;

import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.icpengine.data.engine.Engine;

/**
 * MRR movements per account, totalled over the months of the outcome window, in the manner of
 * subscription-analytics tools: month-end MRR compared with the previous month-end's. From 0 to
 * more is new (first time) or reactivation (after an earlier churn); from more to 0 is churn; up is
 * expansion, down contraction. Amounts are positive; the month-end MRR moves by new + expansion +
 * reactivation − contraction − churn.
 */
final class MrrMovements {
  static final String RELATION = "asm_movements";
  private static final String SOURCE = "subscriptions";
  private static final List<String> KINDS =
      List.of("new", "expansion", "contraction", "churn", "reactivation");

  private MrrMovements() {}

  /** Builds the per-account totals from {@link Subscriptions#MONTHS}. */
  static Part build(Engine engine, AsOfWindow window) {
    String first = window.firstMonthSql();
    Selection selection = new Selection(SOURCE);
    for (String kind : KINDS) {
      String sign = kind.equals("contraction") || kind.equals("churn") ? "-" : "";
      selection.add(
          "coalesce("
              + sign
              + "sum(amount) FILTER (WHERE movement = '"
              + kind
              + "' AND month >= "
              + first
              + "), 0)",
          "mrr_" + kind,
          kind + " MRR summed over the month-ends of the outcome window (" + rule(kind) + ")");
    }
    selection.internal(
        "sum(mrr_after * datediff('month', month, run_end)) FILTER (WHERE mrr_after > 0)",
        "_subscription_revenue");
    selection.internal(
        "sum(datediff('month', month, run_end)) FILTER (WHERE mrr_after > 0)", "_active_months");
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + selection.sql()
            + " FROM "
            + Subscriptions.MONTHS
            + " GROUP BY account_key");
    Set<String> zero = Set.copyOf(KINDS.stream().map(k -> "mrr_" + k).toList());
    return new Part(RELATION, selection.columns(), zero, List.of());
  }

  /**
   * Returns the monthly customer churn rate over the window: churns ÷ accounts paying at the
   * previous month-end, summed over the window's months; empty when no account was paying.
   */
  static OptionalDouble churnRate(Engine engine, AsOfWindow window) {
    String first = window.firstMonthSql();
    String cap = window.capMonthSql();
    String atRisk =
        "greatest(0, datediff('month', greatest(month, "
            + first
            + " - INTERVAL 1 MONTH),"
            + " least(run_end, "
            + cap
            + " - INTERVAL 1 MONTH)))";
    double[] figures =
        engine.queryOne(
            "SELECT count(*) FILTER (WHERE movement = 'churn' AND month >= "
                + first
                + "),"
                + " coalesce(sum("
                + atRisk
                + ") FILTER (WHERE mrr_after > 0), 0) FROM "
                + Subscriptions.MONTHS,
            r -> new double[] {r.getDouble(1), r.getDouble(2)});
    return figures[1] > 0 ? OptionalDouble.of(figures[0] / figures[1]) : OptionalDouble.empty();
  }

  private static String rule(String kind) {
    switch (kind) {
      case "new":
        return "from no MRR to some, the first time";
      case "expansion":
        return "MRR up from the previous month-end";
      case "contraction":
        return "MRR down but not to 0, as a positive amount";
      case "churn":
        return "MRR down to 0: the previous month-end's MRR, as a positive amount";
      default:
        return "from no MRR to some after an earlier churn";
    }
  }
}
