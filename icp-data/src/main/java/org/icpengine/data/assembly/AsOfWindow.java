package org.icpengine.data.assembly;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The as-of date and the outcome window after it. Attributes and engagement come from records dated
 * strictly before {@link #asOf()}; outcomes from records dated in {@code [asOf, end]}; "to date"
 * figures (revenue to date, customer since, realised LTV) from records up to {@link #end()}.
 *
 * @param asOf the first day of the outcome side
 * @param end the last day of the outcome window: {@code asOf} plus the window's months
 * @param months the window's length in months
 * @param defaulted whether the as-of date was derived from the data rather than given
 */
record AsOfWindow(LocalDate asOf, LocalDate end, int months, boolean defaulted) {

  /**
   * Resolves the window: the given as-of date, else the latest date in the data minus the window.
   * Empty when neither exists (no dated records).
   */
  static Optional<AsOfWindow> resolve(Optional<LocalDate> latest, AssemblyOptions options) {
    int months = options.outcomeWindowMonths();
    if (options.asOf().isPresent()) {
      LocalDate asOf = options.asOf().get();
      return Optional.of(new AsOfWindow(asOf, asOf.plusMonths(months), months, false));
    }
    return latest.map(last -> new AsOfWindow(last.minusMonths(months), last, months, true));
  }

  /** Returns the as-of date as an SQL literal. */
  String asOfSql() {
    return date(asOf);
  }

  /** Returns the window's last day as an SQL literal. */
  String endSql() {
    return date(end);
  }

  /** Returns the first month whose month-end falls after as-of, as an SQL expression. */
  String firstMonthSql() {
    return "date_trunc('month', " + asOfSql() + " + 1)::DATE";
  }

  /** Returns the first month whose month-end falls after the window's end (exclusive cap). */
  String capMonthSql() {
    return "date_trunc('month', " + endSql() + " + 1)::DATE";
  }

  /** Returns an SQL condition: the date column lies on the outcome side (NULL dates excluded). */
  String outcomeSide(String column) {
    return column + " BETWEEN " + asOfSql() + " AND " + endSql();
  }

  /** Returns an SQL condition: the date column lies before as-of (the attribute side). */
  String traitSide(String column) {
    return column + " < " + asOfSql();
  }

  /** Returns an SQL condition: the date column lies on or before the window's end. */
  String toDate(String column) {
    return column + " <= " + endSql();
  }

  /** Describes both sides in words, for the notes. */
  String describe() {
    return "as-of "
        + asOf
        + (defaulted
            ? " (the latest date in the data, " + end + ", minus the " + months + "-month window)"
            : " (given)")
        + ": attributes and engagement from records dated before "
        + asOf
        + "; outcomes from records dated "
        + asOf
        + " to "
        + end
        + " ("
        + months
        + " months); to-date figures from records up to "
        + end;
  }

  private static String date(LocalDate day) {
    return "DATE '" + day + "'";
  }
}
