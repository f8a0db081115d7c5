package org.icpengine.model.scoring;

import static org.icpengine.model.scoring.SqlText.literal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How much of the fit score an account's known values carry: its coverage is the sum of the
 * coverage weights ({@link PointsTable#coverageWeights()}) of the attributes with a value, over
 * their total. Below the model's {@link ScoreModel#minCoverage()} — or with nothing known — an
 * account is not scored. The same rules as SQL for {@code ScoreSql} (icp-data) and in Java for
 * {@link AccountScorer}, in whole numbers so that both give exactly the same answer.
 */
public final class Coverage {
  private final long[] weights;
  private final long total;
  private final double minCoverage;

  /** The columns in order of their total weight, most first, and their first attribute. */
  private final Map<String, Integer> columns;

  Coverage(ScoreModel model) {
    PointsTable table = model.fit();
    weights = table.coverageWeights();
    long sum = 0;
    for (long w : weights) {
      sum += w;
    }
    total = Math.max(1, sum);
    minCoverage = model.minCoverage();
    Map<String, Long> byColumn = new LinkedHashMap<>();
    Map<String, Integer> first = new LinkedHashMap<>();
    for (int i = 0; i < weights.length; i++) {
      String column = table.attributes().get(i).attribute().column();
      byColumn.merge(column, weights[i], Long::sum);
      first.putIfAbsent(column, i);
    }
    columns = new LinkedHashMap<>();
    byColumn.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .forEach(e -> columns.put(e.getKey(), first.get(e.getKey())));
  }

  /** Returns the known weight of a row's bins (0 is unknown). */
  long known(int[] codes) {
    long known = 0;
    for (int i = 0; i < weights.length; i++) {
      known += codes[i] > 0 ? weights[i] : 0;
    }
    return known;
  }

  /** Returns whether a row with some value and the given known weight is scored. */
  boolean enough(boolean anyKnown, long known) {
    return anyKnown && (double) known / total >= minCoverage;
  }

  /** Returns the coverage, a share with two decimals. */
  double share(long known) {
    return percent(known) / 100.0;
  }

  private long percent(long known) {
    return (200 * known + total) / (2 * total);
  }

  /** Returns the reasons of a row with too little known. */
  String reason(long known, int[] codes) {
    List<String> missing = new ArrayList<>();
    columns.forEach(
        (column, first) -> {
          if (codes[first] == 0) {
            missing.add(column);
          }
        });
    return head(percent(known))
        + (missing.isEmpty() ? "" : "; not given: " + String.join(", ", missing));
  }

  private String head(long percent) {
    return "not scored: insufficient data, "
        + percent
        + " % of the model's weight known (needs "
        + minPercent()
        + " %)";
  }

  private String minPercent() {
    return String.format(Locale.ROOT, "%.1f", minCoverage * 100).replaceAll("\\.0$", "");
  }

  // --- the same as SQL over a relation with the codes fc0, fc1, ... ---

  /** Returns the SQL of the coverage percentage, a whole number, from the known weight column. */
  public static String percentSql(String knownColumn, PointsTable table) {
    long total = Math.max(1, java.util.Arrays.stream(table.coverageWeights()).sum());
    return "((200 * " + knownColumn + " + " + total + ") // " + (2 * total) + ")";
  }

  /** Returns the SQL of whether a row is scored. */
  public static String enoughSql(String anyKnown, String knownColumn, ScoreModel model) {
    long total = Math.max(1, java.util.Arrays.stream(model.fit().coverageWeights()).sum());
    return "("
        + anyKnown
        + " AND CAST("
        + knownColumn
        + " AS DOUBLE) / "
        + total
        + " >= CAST("
        + Double.toString(model.minCoverage())
        + " AS DOUBLE))";
  }

  /** Returns the SQL of the reasons of a row with too little known. */
  public static String reasonSql(String knownColumn, ScoreModel model) {
    Coverage coverage = new Coverage(model);
    List<String> parts = new ArrayList<>();
    coverage.columns.forEach(
        (column, first) ->
            parts.add("CASE WHEN fc" + first + " = 0 THEN " + literal(column) + " END"));
    String list = parts.isEmpty() ? "''" : "concat_ws(', ', " + String.join(", ", parts) + ")";
    return "'not scored: insufficient data, ' || "
        + percentSql(knownColumn, model.fit())
        + " || "
        + literal(" % of the model's weight known (needs " + coverage.minPercent() + " %)")
        + " || CASE WHEN "
        + list
        + " <> '' THEN '; not given: ' || "
        + list
        + " ELSE '' END";
  }
}
