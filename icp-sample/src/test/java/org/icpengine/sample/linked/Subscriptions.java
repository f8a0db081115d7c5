package org.icpengine.sample.linked;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** subscriptions.csv read back as each account's segments in start order. */
final class Subscriptions {
  /** One row: months from start to end inclusive (end null while running). */
  record Row(String account, YearMonth start, YearMonth end, double mrr, String change) {
    boolean activeIn(YearMonth month) {
      return !month.isBefore(start) && (end == null || !month.isAfter(end));
    }
  }

  final Map<String, List<Row>> byAccount = new TreeMap<>();

  Subscriptions(Table table) {
    for (List<String> cells : table.rows()) {
      String end = table.value(cells, "End Date");
      Row row =
          new Row(
              table.value(cells, "Account ID"),
              Amounts.usMonth(table.value(cells, "Start Date")),
              end.isEmpty() ? null : Amounts.usMonth(end),
              Amounts.money(table.value(cells, "MRR")),
              table.value(cells, "Change Type"));
      byAccount.computeIfAbsent(row.account(), a -> new ArrayList<>()).add(row);
    }
    byAccount.values().forEach(rows -> rows.sort(Comparator.comparing(Row::start)));
  }

  /** Whether the account's last segment has ended: it churned and has not come back. */
  boolean churned(String account) {
    List<Row> rows = byAccount.get(account);
    return rows.get(rows.size() - 1).end() != null;
  }

  /** Whether the account's MRR ever rose from one segment to the next. */
  boolean expanded(String account) {
    List<Row> rows = byAccount.get(account);
    for (int i = 1; i < rows.size(); i++) {
      if (rows.get(i).mrr() > rows.get(i - 1).mrr()
          && rows.get(i - 1).end() != null
          && rows.get(i - 1).end().plusMonths(1).equals(rows.get(i).start())) {
        return true;
      }
    }
    return false;
  }

  /** Total MRR of segments running in {@code month}. */
  double mrr(YearMonth month) {
    double total = 0;
    for (List<Row> rows : byAccount.values()) {
      for (Row row : rows) {
        total += row.activeIn(month) ? row.mrr() : 0;
      }
    }
    return total;
  }
}
