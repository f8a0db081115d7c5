package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;

/**
 * CAC and payback per account. CAC: the marketing spend of each channel booked in the outcome
 * window's months, split evenly among the accounts that became customers in the window (
 * customer_since in it) and whose acquisition channel it is (the channel of the earliest touch,
 * else of the earliest deal); channels are matched ignoring case and surrounding spaces. An
 * existing CAC column of the accounts is used instead when there is one. Payback: CAC ÷ (ARPA ×
 * gross margin), or CAC ÷ ARPA without a margin.
 */
final class Acquisition {
  static final String RELATION = "asm_cac";
  static final String ALLOCATED = "asm_allocated";

  /** What the stage reads. */
  record Inputs(
      String joined,
      Set<String> available,
      Optional<LinkedTable> spend,
      Optional<String> existingCac,
      Optional<AsOfWindow> window,
      OptionalDouble margin) {}

  private Acquisition() {}

  static Part build(Engine engine, Inputs in) {
    List<String> notes = new ArrayList<>();
    Optional<String> channel = channel(in.available());
    boolean computed =
        in.existingCac().isEmpty()
            && in.spend().isPresent()
            && in.window().isPresent()
            && channel.isPresent()
            && in.available().contains("customer_since");
    List<ComputedColumn> columns = new ArrayList<>();
    String cac;
    if (computed) {
      engine.execute(allocationSql(in, channel.get()));
      columns.add(
          new ComputedColumn(
              "cac",
              "spend of the account's acquisition channel (first touch, else first deal) in the"
                  + " window's months ÷ the accounts acquired through it in the window (customer_since"
                  + " in the window); empty for accounts acquired outside the window",
              List.of("spend", "touches", "opportunities")));
      notes.addAll(allocationNotes(engine, in));
      cac = "c.cac";
    } else if (in.existingCac().isPresent()) {
      engine.execute(
          "CREATE OR REPLACE TABLE "
              + ALLOCATED
              + " AS SELECT account_key, TRY_CAST("
              + Engine.quote(in.existingCac().get())
              + " AS DOUBLE) AS cac FROM "
              + in.joined());
      cac = "c.cac";
      notes.add("cac: the accounts' own column '" + in.existingCac().get() + "' is used");
    } else {
      return new Part(RELATION, List.of(), Set.of(), List.of());
    }
    String arpa = in.available().contains("_arpa") ? "_arpa" : "NULL";
    String margin = in.margin().isPresent() ? " * " + in.margin().getAsDouble() : "";
    List<String> select = new ArrayList<>(List.of("account_key"));
    if (computed) {
      select.add(cac + " AS cac");
    }
    select.add(cac + " / nullif(" + arpa + margin + ", 0) AS payback_months");
    columns.add(
        new ComputedColumn(
            "payback_months",
            in.margin().isPresent()
                ? "cac ÷ (ARPA × gross margin " + in.margin().getAsDouble() + ")"
                : "cac ÷ ARPA (revenue payback: no gross margin given)",
            List.of("spend", "subscriptions", "transactions")));
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + String.join(", ", select)
            + " FROM "
            + in.joined()
            + " LEFT JOIN "
            + ALLOCATED
            + " c USING (account_key)");
    engine.execute("DROP TABLE " + ALLOCATED);
    return new Part(RELATION, columns, Set.of(), notes);
  }

  private static Optional<String> channel(Set<String> available) {
    List<String> channels = new ArrayList<>();
    for (String column : List.of("_acquisition_channel", "_first_deal_channel")) {
      if (available.contains(column)) {
        channels.add(column);
      }
    }
    if (channels.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("lower(trim(coalesce(" + String.join(", ", channels) + ")))");
  }

  private static String allocationSql(Inputs in, String channel) {
    AsOfWindow window = in.window().orElseThrow();
    return "CREATE OR REPLACE TABLE "
        + ALLOCATED
        + " AS"
        + " WITH acquired AS (SELECT account_key, "
        + channel
        + " AS ch FROM "
        + in.joined()
        + "  WHERE "
        + window.outcomeSide("customer_since")
        + "),"
        + " counts AS (SELECT ch, count(*) AS accounts FROM acquired WHERE ch IS NOT NULL"
        + "  GROUP BY ch),"
        + " spent AS ("
        + spentSql(in)
        + ")"
        + " SELECT a.account_key, coalesce(s.amount, 0) / k.accounts AS cac"
        + " FROM acquired a JOIN counts k USING (ch) LEFT JOIN spent s USING (ch)";
  }

  private static String spentSql(Inputs in) {
    AsOfWindow window = in.window().orElseThrow();
    return "SELECT lower(trim(channel)) AS ch, sum(amount) AS amount FROM "
        + in.spend().orElseThrow().relation()
        + " WHERE month >= date_trunc('month', "
        + window.asOfSql()
        + ")::DATE AND "
        + window.toDate("month")
        + " GROUP BY ch";
  }

  private static List<String> allocationNotes(Engine engine, Inputs in) {
    double[] figures =
        engine.queryOne(
            "WITH spent AS ("
                + spentSql(in)
                + ") SELECT (SELECT coalesce(sum(amount), 0) FROM"
                + " spent), (SELECT coalesce(sum(cac), 0) FROM asm_allocated)",
            r -> new double[] {r.getDouble(1), r.getDouble(1) - r.getDouble(2)});
    // the difference of two sums of the same amounts: below a cent it is rounding, not spend
    figures[1] = Math.abs(figures[1]) < 0.005 ? 0 : figures[1];
    List<String> notes = new ArrayList<>();
    notes.add(
        String.format(
            java.util.Locale.ROOT,
            "cac: %.2f of spend in the window, %.2f of it on channels that acquired no account"
                + " (not allocated)",
            figures[0],
            figures[1]));
    return notes;
  }
}
