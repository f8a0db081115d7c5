package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.engine.Engine;

/**
 * MRR and ARR at the window's end, 12-month net and gross revenue retention from the as-of date,
 * and churn in the outcome window, from the subscriptions active on a given day (started on or
 * before it, ending on or after it).
 */
final class Retention {
  static final String RELATION = "asm_retention";
  private static final String SOURCE = "subscriptions";

  private Retention() {}

  static Part build(Engine engine, AsOfWindow window, Optional<LocalDate> latest) {
    String asOf = window.asOfSql();
    String twelve = "DATE '" + window.asOf().plusMonths(12) + "'";
    LocalDate later = window.asOf().plusMonths(12);
    boolean retentionObservable =
        !later.isAfter(window.end()) && !later.isAfter(latest.orElse(window.end()));
    Selection selection = new Selection(SOURCE);
    selection.add(
        "coalesce(" + activeMrr(window.endSql()) + ", 0)",
        "mrr",
        "sum of the MRR (or ARR ÷ 12) of the subscriptions active on the window's end");
    selection.add("12 * coalesce(" + activeMrr(window.endSql()) + ", 0)", "arr", "12 × mrr");
    List<String> notes = new ArrayList<>();
    if (retentionObservable) {
      selection.add(
          "100 * coalesce(" + activeMrr(twelve) + ", 0) / nullif(" + activeMrr(asOf) + ", 0)",
          "nrr_12m",
          "100 × MRR 12 months after as-of ÷ MRR on as-of (percent; empty without MRR on as-of)");
      selection.add(
          "100 * least(coalesce("
              + activeMrr(twelve)
              + ", 0), "
              + activeMrr(asOf)
              + ") / nullif("
              + activeMrr(asOf)
              + ", 0)",
          "grr_12m",
          "like nrr_12m with the later MRR capped at the as-of MRR: expansion does not count");
    } else {
      notes.add(
          "nrr_12m and grr_12m left out: 12 months after as-of falls after the window or the data");
    }
    String paidInWindow = "bool_or(mrr > 0 AND (end_date IS NULL OR end_date >= " + asOf + "))";
    String paidAtEnd = "coalesce(" + activeMrr(window.endSql()) + ", 0) > 0";
    selection.add(
        "CASE WHEN " + paidInWindow + " THEN NOT (" + paidAtEnd + ") END",
        "churned",
        "true when the account paid during the outcome window and no longer pays on its end;"
            + " empty when it did not pay during the window");
    selection.add(
        "CASE WHEN " + paidInWindow + " AND NOT (" + paidAtEnd + ") THEN max(end_date)" + " END",
        "churn_date",
        "the last day covered by the churned account's subscriptions");
    selection.internal("min(start_date) FILTER (WHERE mrr > 0)", "_first_start");
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + selection.sql()
            + " FROM "
            + Subscriptions.BASE
            + " GROUP BY account_key");
    return new Part(RELATION, selection.columns(), Set.of("mrr", "arr"), notes);
  }

  private static String activeMrr(String day) {
    return "sum(mrr) FILTER (WHERE start_date <= "
        + day
        + " AND (end_date IS NULL OR end_date >= "
        + day
        + "))";
  }
}
