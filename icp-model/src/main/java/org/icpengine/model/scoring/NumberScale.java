package org.icpengine.model.scoring;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a number attribute's ranges are cut and read: employee bands ("employees 201–500"), company
 * revenue in dollars ("revenue $50M–100M"), other whole numbers ("21–50") or other numbers
 * ("0.2–0.5"). A range is written by its exclusive lower and inclusive upper bound.
 */
public enum NumberScale {
  /** Employee counts, cut at the bands sales teams use. */
  EMPLOYEES,
  /** Company revenue in dollars, cut at $1M steps below $10M, $10M steps below $100M, and so on. */
  MONEY,
  /** Other whole numbers, cut at 1-2-5 × 10^k values. */
  WHOLE,
  /** Other numbers, cut at 1-2-5 × 10^k values (finer round values for narrow ranges). */
  DECIMAL;

  private static final Pattern EMPLOYEE_WORDS =
      Pattern.compile(".*\\b(employees?|headcount|staff|fte|company size)\\b.*");
  private static final Pattern REVENUE_WORDS = Pattern.compile(".*\\brevenue\\b.*");

  /** Returns the key used in icp.json. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a key. */
  public static NumberScale parse(String key) {
    for (NumberScale scale : values()) {
      if (scale.key().equals(key)) {
        return scale;
      }
    }
    throw new IllegalArgumentException("unknown number scale " + key);
  }

  /** Returns the scale a header calls for, if it names employees or revenue. */
  public static Optional<NumberScale> forHeader(String header) {
    String words = words(header);
    if (EMPLOYEE_WORDS.matcher(words).matches()) {
      return Optional.of(EMPLOYEES);
    }
    return REVENUE_WORDS.matcher(words).matches() ? Optional.of(MONEY) : Optional.empty();
  }

  /** Returns the name of a column in reasons: "employees", "revenue", or the column itself. */
  public static String displayName(String column) {
    return forHeader(column).map(s -> s == EMPLOYEES ? "employees" : "revenue").orElse(column);
  }

  private static String words(String header) {
    return header
        .replaceAll("([a-z])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", " ")
        .trim();
  }

  /** Returns the words for values up to {@code upper}, the first range. */
  String first(double upper) {
    if (this == EMPLOYEES && upper >= 1) {
      return "1–" + whole(upper);
    }
    return "up to " + format(upper);
  }

  /** Returns the words for values above {@code lower}, the last range. */
  String last(double lower) {
    return whole() ? next(lower) + "+" : "over " + format(lower);
  }

  /** Returns the words for values above {@code lower} and up to {@code upper}. */
  String between(double lower, double upper) {
    if (whole()) {
      String from = next(lower);
      String to = whole(upper);
      return from.equals(to) ? from : from + "–" + to;
    }
    String to = this == MONEY ? compact(upper) : plain(upper);
    return format(lower) + "–" + to;
  }

  private boolean whole() {
    return this == EMPLOYEES || this == WHOLE;
  }

  private String format(double value) {
    if (this == MONEY) {
      return (value < 0 ? "−$" : "$") + compact(Math.abs(value));
    }
    return whole() ? whole(value) : plain(value);
  }

  /** The smallest whole number above a bound. */
  private static String next(double lower) {
    return whole(Math.floor(lower) + 1);
  }

  private static String whole(double value) {
    return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(Math.floor(value));
  }

  private static String plain(double value) {
    if (Math.abs(value) >= 1e4) {
      return compact(value);
    }
    return new DecimalFormat("#,##0.####", DecimalFormatSymbols.getInstance(Locale.ROOT))
        .format(value);
  }

  /** Formats a number briefly: 12.5k, 3M, 1.2B. */
  public static String compact(double value) {
    double magnitude = Math.abs(value);
    if (magnitude >= 1e9) {
      return twoPlaces(value / 1e9) + "B";
    }
    if (magnitude >= 1e6) {
      return twoPlaces(value / 1e6) + "M";
    }
    if (magnitude >= 1e4) {
      return twoPlaces(value / 1e3) + "k";
    }
    return twoPlaces(value);
  }

  private static String twoPlaces(double value) {
    String text = String.format(Locale.ROOT, "%,.2f", value);
    return text.replaceAll("\\.?0+$", "");
  }
}
