package org.icpengine.data.sources;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.clean.CleanedColumn;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.RowProblem;

/** The refusals of one file's role columns: unreadable dates, amounts in several currencies. */
final class SourceChecks {
  /** The largest share of a date column's values that may be unreadable before it is refused. */
  static final double MAX_UNREADABLE_DATES = 0.05;

  /** A currency mark in a money value, captured lower case. */
  private static final String CURRENCY_MARK = "(us\\$|usd|eur|gbp|cad|aud|chf|jpy|[$€£¥])";

  private SourceChecks() {}

  /**
   * Refuses a money column whose values carry more than one currency mark, or a currency column
   * with more than one currency: amounts are summed, and sums across currencies mean nothing.
   */
  static void refuseMixedCurrencies(
      Engine engine, LoadedSource loaded, Map<SourceRole, String> roles) {
    for (Map.Entry<SourceRole, String> role : roles.entrySet()) {
      String column = quote(role.getValue());
      String sql;
      if (role.getKey() == SourceRole.CURRENCY) {
        sql = "SELECT DISTINCT upper(icp_blank(" + column + ")) FROM " + loaded.table();
      } else if (role.getKey().type() == SourceRole.Type.NUMBER) {
        sql =
            "SELECT DISTINCT regexp_extract(lower("
                + column
                + "), "
                + Engine.literal(CURRENCY_MARK)
                + ", 1) FROM "
                + loaded.table();
      } else {
        continue;
      }
      TreeSet<String> currencies = new TreeSet<>();
      for (String mark : engine.query(sql + " LIMIT 100", r -> r.getString(1))) {
        if (mark != null && !mark.isEmpty()) {
          currencies.add(currency(mark));
        }
      }
      if (currencies.size() > 1) {
        throw new InputException(
            loaded.file().getFileName()
                + ", column '"
                + role.getValue()
                + "': amounts in "
                + currencies.size()
                + " currencies ("
                + String.join(", ", currencies)
                + "): convert them to one currency, or split the file by currency");
      }
    }
  }

  private static String currency(String mark) {
    return switch (mark.toLowerCase(Locale.ROOT)) {
      case "$", "us$", "usd" -> "USD";
      case "€", "eur" -> "EUR";
      case "£", "gbp" -> "GBP";
      case "¥", "jpy" -> "JPY";
      default -> mark.toUpperCase(Locale.ROOT);
    };
  }

  /** Refuses a date column of which more than 5 % of the filled values are unreadable. */
  static void refuseUnreadableDates(
      LoadedSource loaded, Map<SourceRole, String> roles, CleanedTable cleaned) {
    for (Map.Entry<SourceRole, String> role : roles.entrySet()) {
      if (role.getKey().type() != SourceRole.Type.DATE) {
        continue;
      }
      CleanedColumn column = cleaned.column(role.getValue()).orElseThrow();
      long filled =
          loaded.rows() - column.count(ChangeKind.EMPTY) - column.count(ChangeKind.PLACEHOLDER);
      long unreadable = column.count(ChangeKind.UNREADABLE);
      if (unreadable > 0 && unreadable > MAX_UNREADABLE_DATES * filled) {
        List<String> examples =
            column.problems().stream().map(RowProblem::rawValue).distinct().limit(3).toList();
        throw new InputException(
            String.format(
                Locale.ROOT,
                "%s, column '%s' (%s): %,d of %,d dates are unreadable (e.g. %s): write them as"
                    + " 2024-06-30, or map another column to %s",
                loaded.file().getFileName(),
                role.getValue(),
                role.getKey().canonicalName(),
                unreadable,
                filled,
                String.join(", ", examples.stream().map(v -> "'" + v + "'").toList()),
                role.getKey().canonicalName()));
      }
    }
  }

  /** Returns the unreadable values left empty in the cleaned role columns, in words. */
  static List<String> unreadable(Map<SourceRole, String> roles, CleanedTable cleaned) {
    List<String> problems = new java.util.ArrayList<>();
    for (String column : new java.util.LinkedHashSet<>(roles.values())) {
      // text roles are not cleaned by the cleaner, and text is never unreadable
      CleanedColumn cleanedColumn = cleaned.column(column).orElse(null);
      if (cleanedColumn == null) {
        continue;
      }
      long unreadable = cleanedColumn.count(ChangeKind.UNREADABLE);
      if (unreadable > 0) {
        problems.add(
            String.format(
                Locale.ROOT,
                "%,d values of '%s' are unreadable and were left empty (e.g. %s)",
                unreadable,
                column,
                cleanedColumn.problems().stream()
                    .limit(3)
                    .map(p -> p.describe() + " '" + p.rawValue() + "'")
                    .toList()));
      }
    }
    return problems;
  }
}
