package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icpengine.data.engine.Engine;

/**
 * Customer since, tenure and LTV per account, from what the earlier stages computed. Realised LTV
 * is the revenue to date (transactions, else subscription MRR summed over its month-ends, else the
 * amounts of the deals won); projected LTV, when a gross margin is given and the subscriptions give
 * a churn rate, is ARPA × margin ÷ the monthly customer churn rate. Its relation is a view: the
 * joined relation with these columns added, computed where it is read.
 */
final class Lifetime {
  static final String RELATION = "asm_life";

  /** What the stage reads: the joined relation, its columns and what it may use. */
  record Inputs(
      String joined,
      Set<String> available,
      Optional<AsOfWindow> window,
      OptionalDouble margin,
      OptionalDouble churnRate) {}

  private Lifetime() {}

  static Part build(Engine engine, Inputs in) {
    List<String> notes = new ArrayList<>();
    Selection selection = new Selection(sources(in.available()).toArray(String[]::new));
    Optional<String> since = customerSince(in.available());
    since.ifPresent(
        s ->
            selection.add(
                s,
                "customer_since",
                "the earliest of the first won deal's close date, the first transaction and the first"
                    + " paid subscription's start"));
    if (since.isPresent() && in.window().isPresent()) {
      String until =
          in.available().contains("churn_date")
              ? "coalesce(churn_date, " + in.window().get().endSql() + ")"
              : in.window().get().endSql();
      selection.add(
          "datediff('month', " + since.get() + ", " + until + ")",
          "tenure_months",
          "whole months from customer_since to churn_date, else to the window's end");
    }
    Optional<String> realised = realised(in.available());
    Optional<String> arpa = realised.flatMap(r -> arpa(in.available(), r, since, in.window()));
    arpa.ifPresent(a -> selection.internal(a, "_arpa"));
    realised.ifPresent(r -> addLtv(selection, in, r, arpa, notes));
    engine.execute(
        "CREATE OR REPLACE VIEW "
            + RELATION
            + " AS SELECT * EXCLUDE (account_key), "
            + selection.sql()
            + " FROM "
            + in.joined());
    return new Part(RELATION, selection.columns(), Set.of(), notes);
  }

  private static void addLtv(
      Selection selection, Inputs in, String realised, Optional<String> arpa, List<String> notes) {
    String realisedRule = "realised: " + realisedRule(in.available());
    boolean projected =
        in.margin().isPresent()
            && in.churnRate().isPresent()
            && in.churnRate().getAsDouble() > 0
            && arpa.isPresent()
            && in.available().contains("_active_months");
    if (!projected) {
      selection.add(realised, "ltv", realisedRule);
      if (in.margin().isPresent()) {
        notes.add(
            "ltv is realised, not projected: projecting needs subscriptions with churn in"
                + " the window");
      }
      return;
    }
    double margin = in.margin().getAsDouble();
    double rate = in.churnRate().getAsDouble();
    selection.add(
        arpa.get() + " * " + margin + " / " + rate,
        "ltv",
        "projected: ARPA × gross margin "
            + margin
            + " ÷ monthly customer churn rate "
            + String.format(java.util.Locale.ROOT, "%.4f", rate)
            + " (churns ÷ accounts paying at the previous month-end, over the window)");
    selection.add(realised, "ltv_realised", realisedRule);
  }

  private static List<String> sources(Set<String> available) {
    List<String> sources = new ArrayList<>();
    if (available.contains("first_won_date")) {
      sources.add("opportunities");
    }
    if (available.contains("revenue_to_date") || available.contains("first_order_date")) {
      sources.add("transactions");
    }
    if (available.contains("_first_start")) {
      sources.add("subscriptions");
    }
    return sources;
  }

  private static Optional<String> customerSince(Set<String> available) {
    List<String> dates = new ArrayList<>();
    for (String column : List.of("first_won_date", "first_order_date", "_first_start")) {
      if (available.contains(column)) {
        dates.add(column);
      }
    }
    if (dates.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        dates.size() == 1 ? dates.get(0) : "least(" + String.join(", ", dates) + ")");
  }

  private static Optional<String> realised(Set<String> available) {
    for (String column : List.of("revenue_to_date", "_subscription_revenue", "_won_to_date")) {
      if (available.contains(column)) {
        return Optional.of("coalesce(" + column + ", 0)");
      }
    }
    return Optional.empty();
  }

  private static String realisedRule(Set<String> available) {
    if (available.contains("revenue_to_date")) {
      return "revenue_to_date (transactions up to the window's end)";
    }
    if (available.contains("_subscription_revenue")) {
      return "each month-end's MRR summed up to the window's end";
    }
    return "the amounts of the deals won up to the window's end";
  }

  /**
   * ARPA: subscription revenue ÷ months paying, else realised revenue ÷ months since customer_since
   * (at least 1).
   */
  private static Optional<String> arpa(
      Set<String> available, String realised, Optional<String> since, Optional<AsOfWindow> w) {
    if (available.contains("_active_months")) {
      return Optional.of("coalesce(_subscription_revenue, 0) / nullif(_active_months, 0)");
    }
    if (since.isEmpty() || w.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        realised
            + " / greatest(1, datediff('month', "
            + since.get()
            + ", "
            + w.get().endSql()
            + "))");
  }
}
