package org.icpengine.data.drift;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;

/**
 * One account table split into two periods by a date column: the reference period (dates before the
 * split) and the current one (the split date and after). Rows without a date in the column belong
 * to neither and are counted. The two periods are written as Parquet files named after the split
 * ({@code before-2025-01-15.parquet}, {@code from-2025-01-15.parquet}), so a drift report says
 * which period is which.
 *
 * @param reference the accounts dated before the split
 * @param current the accounts dated on or after the split
 * @param split the first day of the current period
 * @param column the date column that split them
 * @param referenceRows how many accounts the reference period holds
 * @param currentRows how many accounts the current period holds
 * @param undated how many accounts had no readable date in the column
 */
public record Periods(
    Path reference,
    Path current,
    LocalDate split,
    String column,
    long referenceRows,
    long currentRows,
    long undated) {

  /** The date column of an assembled account table that splits periods by default. */
  public static final String CUSTOMER_SINCE = "customer_since";

  /**
   * Splits a table file.
   *
   * @param table the account table (Parquet or CSV), usually the one {@code icp assemble} wrote
   * @param column the date column; empty: {@link #CUSTOMER_SINCE}
   * @param window where the current period starts
   * @param dir the folder to write the two periods into
   * @throws InputException when the column is missing or has no date, or a period is empty
   */
  public static Periods split(Path table, Optional<String> column, Window window, Path dir) {
    try (Engine engine = Engine.open(EngineAccess.reading(table))) {
      String relation = relation(engine, table);
      String name = columnOf(engine, relation, column.orElse(CUSTOMER_SINCE), column.isEmpty());
      String date = dateOf(quote(name));
      LocalDate latest =
          engine.queryOne(
              "SELECT max(" + date + ") FROM " + relation, rs -> rs.getObject(1, LocalDate.class));
      if (latest == null) {
        throw new InputException(
            "column " + name + " holds no date: name a column of dates with --split-by");
      }
      LocalDate split = window.start(latest);
      Path before = dir.resolve("before-" + split + ".parquet");
      Path from = dir.resolve("from-" + split + ".parquet");
      String cut = "DATE " + literal(split.toString());
      engine.copy(select(relation, date + " < " + cut), "(FORMAT parquet)", before);
      engine.copy(select(relation, date + " >= " + cut), "(FORMAT parquet)", from);
      long undated = engine.queryOne(count(relation, date + " IS NULL"), rs -> rs.getLong(1));
      Periods periods =
          new Periods(before, from, split, name, rows(engine, before), rows(engine, from), undated);
      return periods.requireBoth();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Periods requireBoth() {
    if (referenceRows == 0 || currentRows == 0) {
      throw new InputException(
          "splitting by "
              + column
              + " at "
              + split
              + " leaves "
              + referenceRows
              + " accounts before and "
              + currentRows
              + " from it: choose a --window that leaves accounts on both sides");
    }
    return this;
  }

  private static String relation(Engine engine, Path table) {
    String path = literal(engine.readable(table).toString());
    String name = table.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".parquet")
        ? "read_parquet(" + path + ")"
        : "read_csv(" + path + ", all_varchar = true)";
  }

  /** Finds the column, ignoring case; a missing default names the option that overrides it. */
  private static String columnOf(Engine engine, String relation, String wanted, boolean default_) {
    List<String> names =
        engine.query(
            "SELECT column_name FROM (DESCRIBE SELECT * FROM " + relation + ")",
            rs -> rs.getString(1));
    for (String name : names) {
      if (name.equalsIgnoreCase(wanted)) {
        return name;
      }
    }
    throw new InputException(
        default_
            ? "the accounts have no "
                + wanted
                + " (no won deal, order or subscription is dated): name a date column with"
                + " --split-by"
            : "no column " + wanted + " in the accounts: --split-by names one of " + names);
  }

  /** A DATE from a date, a timestamp or text that starts with an ISO date; NULL otherwise. */
  private static String dateOf(String column) {
    return "coalesce(TRY_CAST("
        + column
        + " AS DATE), TRY_CAST(left(TRY_CAST("
        + column
        + " AS VARCHAR), 10) AS DATE))";
  }

  private static String select(String relation, String condition) {
    return "SELECT * FROM " + relation + " WHERE " + condition;
  }

  private static String count(String relation, String condition) {
    return "SELECT count(*) FROM " + relation + " WHERE " + condition;
  }

  private static long rows(Engine engine, Path file) {
    return engine.queryOne(
        "SELECT count(*) FROM read_parquet(" + literal(engine.readable(file).toString()) + ")",
        rs -> rs.getLong(1));
  }

  /**
   * Where the current period starts: a number of months or days before the latest date, or a date.
   *
   * @param months months before the latest date (0 when {@code days} or {@code date} is given)
   * @param days days before the latest date
   * @param date the first day of the current period
   */
  public record Window(int months, int days, Optional<LocalDate> date) {
    /**
     * Reads {@code 6m}, {@code 12m}, {@code 1y}, {@code 90d} or an ISO date such as {@code
     * 2025-01-15}.
     *
     * @throws InputException for anything else
     */
    public static Window parse(String text) {
      String t = text.trim().toLowerCase(java.util.Locale.ROOT);
      try {
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return new Window(0, 0, Optional.of(LocalDate.parse(t)));
        }
        if (t.matches("[1-9]\\d{0,3}[dmy]")) {
          int n = Integer.parseInt(t.substring(0, t.length() - 1));
          char unit = t.charAt(t.length() - 1);
          return unit == 'd'
              ? new Window(0, n, Optional.empty())
              : new Window(unit == 'y' ? 12 * n : n, 0, Optional.empty());
        }
      } catch (java.time.DateTimeException e) {
        // falls through to the message below
      }
      throw new InputException(
          "invalid --window "
              + text
              + ": give the current period's length (6m, 12m, 1y, 90d) or its first day"
              + " (2025-01-15)");
    }

    /** Returns the first day of the current period, given the latest date in the column. */
    LocalDate start(LocalDate latest) {
      return date.orElseGet(() -> latest.minusMonths(months).minusDays(days).plusDays(1));
    }
  }
}
