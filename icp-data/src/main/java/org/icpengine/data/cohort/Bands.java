package org.icpengine.data.cohort;

import static org.icpengine.data.engine.Engine.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.Dataset;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.NumberScale;

/**
 * Bands of a numeric column for cohorts: business bands for employee counts and company revenue,
 * otherwise quantile bins. Each band is a label and an upper bound (inclusive).
 *
 * @param labels the band labels, lowest first
 * @param upperBounds the inclusive upper bound of every band but the last
 */
public record Bands(List<String> labels, List<Double> upperBounds) {
  /** Employee bands as sales teams use them. */
  static final Bands EMPLOYEES =
      new Bands(
          List.of("1–10", "11–50", "51–200", "201–500", "501–1,000", "1,001–5,000", "5,001+"),
          List.of(10.0, 50.0, 200.0, 500.0, 1_000.0, 5_000.0));

  /** Company revenue bands. */
  static final Bands REVENUE =
      new Bands(
          List.of(
              "under $1M", "$1M–10M", "$10M–50M", "$50M–100M", "$100M–500M", "$500M–1B", "$1B+"),
          List.of(1e6, 1e7, 5e7, 1e8, 5e8, 1e9));

  /** Returns the business bands a header calls for, if any. */
  public static java.util.Optional<Bands> forHeader(String header) {
    String words = header.toLowerCase(Locale.ROOT);
    if (words.matches(".*(employee|headcount|staff|fte|company size).*")) {
      return java.util.Optional.of(EMPLOYEES);
    }
    if (words.matches(".*revenue.*")) {
      return java.util.Optional.of(REVENUE);
    }
    return java.util.Optional.empty();
  }

  /** Returns the quintile bins of a numeric column of the dataset's clean view. */
  public static Bands quintiles(Dataset dataset, String column) {
    String c = Engine.quote(column);
    return quantiles(
        dataset
            .engine()
            .queryOne(
                "SELECT quantile_cont("
                    + c
                    + ", [0.2, 0.4, 0.6,"
                    + " 0.8]) FROM "
                    + org.icpengine.data.Dataset.CLEAN,
                row -> {
                  List<Double> cuts = new ArrayList<>();
                  for (Object value : (Object[]) row.getArray(1).getArray()) {
                    double d = ((Number) value).doubleValue();
                    if (cuts.isEmpty() || cuts.get(cuts.size() - 1) < d) {
                      cuts.add(d);
                    }
                  }
                  return cuts;
                }));
  }

  /** Returns quantile bins with the given distinct cut points, lowest first. */
  public static Bands quantiles(List<Double> cuts) {
    List<String> labels = new ArrayList<>();
    for (int i = 0; i <= cuts.size(); i++) {
      if (i == 0) {
        labels.add("≤ " + compact(cuts.get(0)));
      } else if (i == cuts.size()) {
        labels.add("> " + compact(cuts.get(i - 1)));
      } else {
        labels.add(compact(cuts.get(i - 1)) + "–" + compact(cuts.get(i)));
      }
    }
    return new Bands(labels, cuts);
  }

  /** Returns the SQL that gives a value's band label. */
  String sql(String value) {
    StringBuilder sql =
        new StringBuilder("CASE WHEN ")
            .append(value)
            .append(" IS NULL THEN ")
            .append(literal(Cohorts.MISSING));
    for (int i = 0; i < upperBounds.size(); i++) {
      sql.append(" WHEN ")
          .append(value)
          .append(" <= ")
          .append(upperBounds.get(i))
          .append(" THEN ")
          .append(literal(labels.get(i)));
    }
    return sql.append(" ELSE ")
        .append(literal(labels.get(labels.size() - 1)))
        .append(" END")
        .toString();
  }

  /** Formats a number briefly: 12.5k, 3M, 1.2B ({@link NumberScale#compact}). */
  public static String compact(double value) {
    return NumberScale.compact(value);
  }
}
