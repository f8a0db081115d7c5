package org.icpengine.data.ideal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The functions an ideal expression may call, each with its kind. Nothing here reads files, the
 * network, settings or the catalogue, and nothing is random: a test checks the list against the
 * engine's own catalogue. Aggregates and window functions need {@code OVER (…)}, since an ideal is
 * decided row by row.
 */
public final class IdealFunctions {
  /** How a function is called. */
  public enum Kind {
    /** One value per row, e.g. {@code lower(x)}. */
    SCALAR,
    /** Over a window of rows, with {@code OVER}, e.g. {@code avg(x) OVER ()}. */
    AGGREGATE,
    /** Window-only, with {@code OVER}, e.g. {@code percent_rank() OVER (ORDER BY x)}. */
    WINDOW
  }

  /** Functions that the engine parses as syntax, so its catalogue does not list them. */
  public static final Set<String> SYNTAX = Set.of("coalesce");

  private static final Map<String, Kind> ALLOWED = new TreeMap<>();

  static {
    add(
        Kind.SCALAR,
        "abs ceil ceiling floor round trunc sqrt cbrt ln log log10 log2 exp pow power sign mod",
        "greatest least coalesce nullif if isnan isfinite isinf",
        "lower upper lcase ucase length len strlen trim ltrim rtrim substr substring left right",
        "contains starts_with ends_with prefix suffix replace strip_accents concat concat_ws",
        "position strpos instr regexp_matches regexp_full_match regexp_replace regexp_extract",
        "levenshtein jaro_winkler_similarity",
        "year month day quarter week dayofweek dayofyear isodow date_diff datediff date_part",
        "datepart date_trunc datetrunc make_date epoch to_days to_months to_years");
    add(
        Kind.AGGREGATE,
        "avg mean sum count count_if min max median quantile_cont quantile_disc quantile",
        "stddev stddev_samp stddev_pop variance var_samp var_pop bool_and bool_or mode");
    add(
        Kind.WINDOW,
        "row_number rank dense_rank percent_rank cume_dist ntile lag lead first_value",
        "last_value nth_value");
  }

  private IdealFunctions() {}

  private static void add(Kind kind, String... names) {
    for (String line : names) {
      for (String name : line.split(" ")) {
        ALLOWED.put(name, kind);
      }
    }
  }

  /** Returns the kind of an allowed function, or empty when the function is not allowed. */
  public static Optional<Kind> kind(String name) {
    return Optional.ofNullable(ALLOWED.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Returns every allowed function, sorted by name. */
  public static Map<String, Kind> all() {
    return java.util.Collections.unmodifiableMap(ALLOWED);
  }
}
