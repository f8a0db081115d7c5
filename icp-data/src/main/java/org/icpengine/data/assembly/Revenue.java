package org.icpengine.data.assembly;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * Revenue per account from the linked transactions (invoices, orders, order lines): revenue to
 * date, revenue in the outcome window, number of transactions, first and last transaction date.
 */
final class Revenue {
  static final String RELATION = "asm_revenue";
  private static final String SOURCE = "transactions";

  private Revenue() {}

  static Part build(Engine engine, LinkedTable transactions, Optional<AsOfWindow> window) {
    boolean dated = transactions.has(SourceRole.DATE);
    String toDate =
        dated && window.isPresent()
            ? " AND (date IS NULL OR " + window.get().toDate("date") + ")"
            : "";
    Selection selection = new Selection(SOURCE);
    if (transactions.has(SourceRole.AMOUNT)) {
      selection.add(
          "sum(amount)",
          "revenue_to_date",
          "sum of the transaction amounts dated up to the window's end");
      if (dated && window.isPresent()) {
        selection.add(
            "sum(amount) FILTER (WHERE " + window.get().outcomeSide("date") + ")",
            "revenue_window",
            "sum of the transaction amounts dated in the outcome window");
      }
    }
    selection.add(
        "count(*)",
        "orders",
        "transactions (rows: orders, order lines or invoices as the file has them) up to the"
            + " window's end");
    if (dated) {
      selection.add("min(date)", "first_order_date", "the earliest transaction date");
      selection.add(
          "max(date)", "last_order_date", "the latest transaction date up to the window's end");
      selection.internal("count(DISTINCT date_trunc('month', date))", "_revenue_months");
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + selection.sql()
            + " FROM "
            + transactions.relation()
            + " WHERE "
            + LinkedTable.ACCOUNT_KEY
            + " IS NOT NULL"
            + toDate
            + " GROUP BY "
            + LinkedTable.ACCOUNT_KEY);
    return new Part(RELATION, selection.columns(), Set.of("orders"), List.of());
  }
}
