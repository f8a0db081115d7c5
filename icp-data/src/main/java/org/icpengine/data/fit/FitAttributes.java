package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.NumberScale;

/**
 * Builds the fit score's attributes from the columns derive may use: numbers in up to 64 quantile
 * bins plus a bin edge at each round value the published ranges may be cut at ({@link RoundCuts}),
 * categories with their levels held by at least 0.2 % of the rows (at most 100, the rest "another
 * value"), yes/no columns, and one attribute per item of a multi-valued column held by at least 1 %
 * of the rows. Behavioural columns (visits, usage, email activity) feed the separate engagement
 * score, unless asked to feed the fit score.
 */
public final class FitAttributes {
  private static final int QUANTILES = 64;
  private static final int MAX_LEVELS = 100;
  private static final int MAX_ITEMS = 50;
  private static final double MIN_LEVEL_SHARE = 0.002;
  private static final long MIN_LEVEL_ROWS = 10;
  private static final double MIN_ITEM_SHARE = 0.01;

  /**
   * The attributes of both scores.
   *
   * @param fit the attributes of the fit score
   * @param engagement the behavioural attributes of the engagement score (empty when none, or when
   *     they feed the fit score)
   * @param roundCuts per number column, the round values its ranges may be cut at
   */
  public record Choice(
      List<FitAttribute> fit, List<FitAttribute> engagement, Map<String, List<Double>> roundCuts) {
    /** Copies the lists. */
    public Choice {
      fit = List.copyOf(fit);
      engagement = List.copyOf(engagement);
      roundCuts = Map.copyOf(roundCuts);
    }

    /** Returns the fit attributes, then the engagement attributes. */
    public List<FitAttribute> all() {
      List<FitAttribute> all = new ArrayList<>(fit);
      all.addAll(engagement);
      return all;
    }

    /**
     * Returns, per attribute, {@code null} unless it is a number, else whether a published range
     * may end after each bin: where the bin's upper bound is a round value.
     */
    public List<boolean[]> cuts(List<FitAttribute> attributes) {
      List<boolean[]> cuts = new ArrayList<>();
      for (FitAttribute attribute : attributes) {
        if (attribute.kind() != FitAttribute.Kind.NUMBER) {
          cuts.add(null);
          continue;
        }
        List<Double> round = roundCuts.getOrDefault(attribute.column(), List.of());
        boolean[] allowed = new boolean[attribute.bins()];
        for (int b = 1; b < attribute.bins() - 1; b++) {
          allowed[b] = round.contains(attribute.upperBounds().get(b - 1));
        }
        cuts.add(allowed);
      }
      return cuts;
    }
  }

  private FitAttributes() {}

  /** Builds the attributes of the given columns. */
  public static Choice build(
      Dataset dataset, List<ColumnProfile> columns, boolean engagementInFit) {
    dataset.engine().execute(FitAttribute.KEY_MACRO);
    List<FitAttribute> fit = new ArrayList<>();
    List<FitAttribute> engagement = new ArrayList<>();
    Map<String, List<Double>> roundCuts = new HashMap<>();
    for (ColumnProfile column : columns) {
      boolean behavioural =
          column.meaning().category().orElse(null) == AttributeCategory.BEHAVIOURAL;
      List<FitAttribute> target = behavioural && !engagementInFit ? engagement : fit;
      target.addAll(of(dataset, column, roundCuts));
    }
    return new Choice(fit, engagement, roundCuts);
  }

  private static List<FitAttribute> of(
      Dataset dataset, ColumnProfile column, Map<String, List<Double>> roundCuts) {
    String category =
        column.meaning().category().map(AttributeCategory::label).orElse("firmographic");
    ValueType type = column.meaning().type();
    switch (type) {
      case NUMBER:
        return List.of(number(dataset, column.name(), category, roundCuts));
      case BOOLEAN:
        return List.of(
            new FitAttribute(
                column.name(), FitAttribute.Kind.BOOLEAN, category, type, List.of(), List.of()));
      case SET:
        return items(dataset, column.name()).stream()
            .map(
                item ->
                    new FitAttribute(
                        column.name(),
                        FitAttribute.Kind.SET_ITEM,
                        category,
                        type,
                        List.of(),
                        List.of(item)))
            .toList();
      default:
        List<String> levels = levels(dataset, column.name());
        return levels.isEmpty()
            ? List.of()
            : List.of(
                new FitAttribute(
                    column.name(), FitAttribute.Kind.CATEGORY, category, type, List.of(), levels));
    }
  }

  private static FitAttribute number(
      Dataset dataset, String column, String category, Map<String, List<Double>> roundCuts) {
    StringBuilder quantiles = new StringBuilder("[");
    for (int q = 1; q < QUANTILES; q++) {
      quantiles
          .append(q > 1 ? ", " : "")
          .append(String.format(Locale.ROOT, "%.6f", (double) q / QUANTILES));
    }
    quantiles.append("]");
    String c = quote(column);
    double[] spread = new double[4];
    boolean[] whole = {false};
    List<Double> values =
        dataset
            .engine()
            .queryOne(
                "SELECT quantile_disc("
                    + c
                    + ", "
                    + quantiles
                    + "), max("
                    + c
                    + "), min("
                    + c
                    + "), quantile_cont("
                    + c
                    + ", 0.02), quantile_cont("
                    + c
                    + ", 0.98), coalesce(bool_and("
                    + c
                    + " = round("
                    + c
                    + ")), false) FROM "
                    + Dataset.CLEAN,
                row -> {
                  java.sql.Array array = row.getArray(1);
                  for (int i = 0; i < 4; i++) {
                    spread[i] = row.getDouble(i + 2);
                  }
                  whole[0] = row.getBoolean(6);
                  List<Double> list = new ArrayList<>();
                  if (array != null) {
                    for (Object value : (Object[]) array.getArray()) {
                      double v = ((Number) value).doubleValue();
                      if (v < spread[0] && Double.isFinite(v)) {
                        list.add(v);
                      }
                    }
                  }
                  return list;
                });
    NumberScale scale =
        NumberScale.forHeader(column).orElse(whole[0] ? NumberScale.WHOLE : NumberScale.DECIMAL);
    List<Double> round =
        values.isEmpty()
            ? List.of()
            : RoundCuts.of(scale, spread[1], spread[0], spread[2], spread[3]);
    roundCuts.put(column, round);
    TreeSet<Double> bounds = new TreeSet<>(values);
    bounds.addAll(round);
    return new FitAttribute(
        column,
        FitAttribute.Kind.NUMBER,
        category,
        ValueType.NUMBER,
        List.copyOf(bounds),
        List.of(),
        scale);
  }

  private static List<String> levels(Dataset dataset, String column) {
    long minimum = Math.max(MIN_LEVEL_ROWS, (long) Math.ceil(MIN_LEVEL_SHARE * dataset.rows()));
    return frequent(
        dataset,
        "SELECT CAST(" + quote(column) + " AS VARCHAR) AS v FROM " + Dataset.CLEAN,
        minimum,
        MAX_LEVELS);
  }

  private static List<String> items(Dataset dataset, String column) {
    long minimum = Math.max(MIN_LEVEL_ROWS, (long) Math.ceil(MIN_ITEM_SHARE * dataset.rows()));
    return frequent(
        dataset,
        "SELECT unnest(" + quote(column) + ") AS v FROM " + Dataset.CLEAN,
        minimum,
        MAX_ITEMS);
  }

  /** Returns the most frequent spelling of each folding key held by enough rows, most first. */
  private static List<String> frequent(Dataset dataset, String values, long minimum, int limit) {
    List<String[]> rows =
        dataset
            .engine()
            .query(
                "SELECT arg_max(v, n), sum(n) AS total FROM (SELECT v, count(*) AS n FROM ("
                    + values
                    + ") WHERE v IS NOT NULL GROUP BY v) GROUP BY icp_key(v) HAVING sum(n) >= "
                    + minimum
                    + " ORDER BY total DESC, 1 LIMIT "
                    + limit,
                row -> new String[] {row.getString(1), row.getString(2)});
    return rows.stream()
        .sorted(Comparator.comparingLong((String[] r) -> -Long.parseLong(r[1])))
        .map(r -> r[0])
        .toList();
  }
}
