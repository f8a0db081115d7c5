package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.icpengine.data.Dataset;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.TrainingSupport;

/**
 * The training support in the engine: read from the cleaned rows when the model is trained, and,
 * when a market is scored, the SQL that names a row's fit columns whose value lies outside it — the
 * same test as {@link TrainingSupport.Column#outside} in Java, over the same cleaned values and
 * folding keys — and that turns a scored row with such columns into {@code outside_support}.
 *
 * <p>The fragments wrap {@link ScoreSql}'s statement rather than change it: {@link #withOutside}
 * adds the column {@value #OUTSIDE} to the cleaned rows, which the score statement carries through,
 * and {@link #flagged} rewrites the status and reasons of the scored rows from it.
 */
final class SupportSql {
  /** The column of a row naming its fit columns outside the support, '' when none. */
  static final String OUTSIDE = "icp#outside";

  private SupportSql() {}

  /** Reads the support of the fit attributes' columns from every cleaned row of the dataset. */
  static TrainingSupport read(
      Dataset dataset, List<FitAttribute> attributes, TrainingSupport.Base base) {
    dataset.engine().execute(FitAttribute.KEY_MACRO);
    List<TrainingSupport.Column> columns = new ArrayList<>();
    for (FitAttribute attribute : first(attributes).values()) {
      switch (attribute.kind()) {
        case NUMBER -> range(dataset, attribute.column()).ifPresent(columns::add);
        case CATEGORY, SET_ITEM ->
            keys(dataset, attribute)
                .ifPresent(k -> columns.add(TrainingSupport.Column.of(attribute.column(), k)));
        default -> {
          // yes/no: both values are expected anywhere
        }
      }
    }
    return new TrainingSupport(dataset.rows(), base, columns);
  }

  private static Optional<TrainingSupport.Column> range(Dataset dataset, String column) {
    String c = quote(column);
    double[] range =
        dataset
            .engine()
            .queryOne(
                "SELECT min(" + c + "), max(" + c + ") FROM " + Dataset.CLEAN,
                r -> r.getObject(1) == null ? null : new double[] {r.getDouble(1), r.getDouble(2)});
    return range == null
        ? Optional.empty()
        : Optional.of(TrainingSupport.Column.of(column, range[0], range[1]));
  }

  /** The first attribute of each column, in model order. */
  private static Map<String, FitAttribute> first(List<FitAttribute> attributes) {
    Map<String, FitAttribute> first = new LinkedHashMap<>();
    attributes.forEach(a -> first.putIfAbsent(a.column(), a));
    return first;
  }

  /** The folding keys seen, or empty when there are none or more than the support keeps. */
  private static Optional<Set<String>> keys(Dataset dataset, FitAttribute attribute) {
    String keys =
        attribute.kind() == FitAttribute.Kind.SET_ITEM
            ? "unnest(" + attribute.keySql() + ")"
            : attribute.keySql();
    List<String> seen =
        dataset
            .engine()
            .query(
                "SELECT DISTINCT k FROM (SELECT "
                    + keys
                    + " AS k FROM "
                    + Dataset.CLEAN
                    + ") WHERE k IS NOT NULL LIMIT "
                    + (TrainingSupport.MAX_KEYS + 1),
                r -> r.getString(1));
    if (seen.isEmpty() || seen.size() > TrainingSupport.MAX_KEYS) {
      return Optional.empty();
    }
    return Optional.of(new TreeSet<>(seen));
  }

  /**
   * Returns {@code relation} (cleaned columns under the model's names) with the column {@value
   * #OUTSIDE} added: the fit columns outside the support, joined by ", " in the support's order, ''
   * when none or when {@code market} is off or the model records no support. The folding keys are
   * {@code keys}' SQL where given, as {@link ScoreSql} computes them.
   */
  static String withOutside(
      ScoreModel model,
      Set<String> present,
      Map<String, String> keys,
      String relation,
      boolean market) {
    String outside = market ? outsideSql(model, present, keys) : "''";
    return "(SELECT *, " + outside + " AS " + quote(OUTSIDE) + " FROM " + relation + ")";
  }

  private static String outsideSql(
      ScoreModel model, Set<String> present, Map<String, String> keys) {
    if (model.support().isEmpty()) {
      return "''";
    }
    Map<String, FitAttribute> first =
        first(model.fit().attributes().stream().map(PointsTable.Scored::attribute).toList());
    List<String> parts = new ArrayList<>();
    for (TrainingSupport.Column column : model.support().get().columns()) {
      FitAttribute attribute = first.get(column.column());
      if (attribute == null || !present.contains(column.column())) {
        continue;
      }
      String key = keys.getOrDefault(column.column(), attribute.keySql());
      parts.add(
          "CASE WHEN "
              + test(column, attribute, key)
              + " THEN "
              + literal(column.column())
              + " END");
    }
    return parts.isEmpty() ? "''" : "concat_ws(', ', " + String.join(", ", parts) + ")";
  }

  private static String test(TrainingSupport.Column column, FitAttribute attribute, String key) {
    if (column.range().isPresent()) {
      TrainingSupport.Range range = column.range().get();
      String c = quote(column.column());
      return c + " < " + number(range.min()) + " OR " + c + " > " + number(range.max());
    }
    String seen =
        column.keys().get().stream()
            .sorted()
            .map(org.icpengine.data.engine.Engine::literal)
            .collect(Collectors.joining(", ", "[", "]::VARCHAR[]"));
    if (attribute.kind() == FitAttribute.Kind.SET_ITEM) {
      return "len(list_filter("
          + key
          + ", lambda x: x IS NOT NULL AND NOT list_contains("
          + seen
          + ", x))) > 0";
    }
    return "NOT list_contains(" + seen + ", " + key + ")";
  }

  private static String number(double value) {
    return "CAST(" + Double.toString(value) + " AS DOUBLE)";
  }

  /** Returns the carried columns (quoted names) and {@value #OUTSIDE}. */
  static List<String> carrying(List<String> carried) {
    List<String> all = new ArrayList<>(carried);
    all.add(quote(OUTSIDE));
    return all;
  }

  /**
   * Returns the scored rows of {@code scored} (a {@link ScoreSql} statement carrying {@value
   * #OUTSIDE}) with status {@code outside_support} and reasons ending with those columns for each
   * scored row outside the support; disqualified and unscored rows keep theirs.
   */
  static String flagged(String scored) {
    String outside = ScoreSql.STATUS + " = 'scored' AND " + quote(OUTSIDE) + " <> ''";
    return "SELECT * REPLACE (CASE WHEN "
        + outside
        + " THEN 'outside_support' ELSE "
        + ScoreSql.STATUS
        + " END AS "
        + ScoreSql.STATUS
        + ", CASE WHEN "
        + outside
        + " THEN "
        + ScoreSql.REASONS
        + " || "
        + literal(AccountScorer.OUTSIDE_SUPPORT)
        + " || "
        + quote(OUTSIDE)
        + " ELSE "
        + ScoreSql.REASONS
        + " END AS "
        + ScoreSql.REASONS
        + ") FROM ("
        + scored
        + ")";
  }

  /**
   * Returns the SQL of a scored row's calibrated probability of being ideal (0 without a score), as
   * {@link ModelRows#probability} computes it.
   */
  static String probability(ScoreModel model) {
    PointsTable fit = model.fit();
    return "coalesce(1 / (1 + exp(-("
        + number(fit.referenceLogit())
        + " + ("
        + ScoreSql.SCORE
        + " - 50) / "
        + number(fit.factor())
        + "))), 0)";
  }

  /** Returns the SQL of 1 for a row outside the training support, else 0. */
  static String outsideCount() {
    return "CASE WHEN " + ScoreSql.STATUS + " = 'outside_support' THEN 1 ELSE 0 END";
  }
}
