package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * A table's rows as a score model reads them: each fit attribute's bin, the score, the tier and the
 * calibrated probability of being ideal, in row order ({@link CleanedTable#ROW}). The model's
 * columns are found by the one column matcher and cleaned by the model's own types, and bins and
 * scores come from the same SQL as {@code icp score} ({@link FitAttribute#codeSql()}, {@link
 * ScoreSql}), so a check on these rows sees exactly what scoring sees.
 */
public final class ModelRows {
  private static final String CLEAN = "model_rows_clean";
  private static final String INPUT = "model_rows_input";
  private static final int SAMPLE_ROWS = 10_000;
  private static final int SAMPLE_VALUES = 500;

  /**
   * The rows.
   *
   * @param matches how each model column the table has was found
   * @param missing the model's columns the table lacks
   * @param attributes the fit attributes whose columns the table has, in model order
   * @param codes each such attribute's bin per row, {@code codes[attribute][row]}
   * @param scores each row's score, or -1 when not scored
   * @param tiers each row's tier letter, or '-' without one
   * @param probabilities each scored row's calibrated probability of being ideal, NaN otherwise
   */
  public record Rows(
      List<ColumnMatch> matches,
      List<String> missing,
      List<PointsTable.Scored> attributes,
      int[][] codes,
      int[] scores,
      char[] tiers,
      double[] probabilities) {}

  private ModelRows() {}

  /**
   * Reads the rows of {@code rawTable} (text columns named {@code columns}, with {@code rowid} in
   * file order), {@code name} naming the table in messages.
   *
   * @throws InputException when the table has none of the model's columns
   */
  public static Rows read(
      Engine engine, String rawTable, List<String> columns, ScoreModel model, String name) {
    Prepared prepared = prepare(engine, rawTable, columns, model, name);
    List<PointsTable.Scored> binned =
        model.fit().attributes().stream()
            .filter(a -> prepared.present().contains(a.attribute().column()))
            .toList();
    return rows(engine, model, prepared.present(), binned, prepared.matches(), prepared.missing());
  }

  /**
   * A table of scores made by {@link #scoreInto}: one row per row of the raw table.
   *
   * @param table the table: {@code icp#row}, then the score columns {@code icp score} adds ({@code
   *     icp_score}, {@code icp_tier}, {@code icp_reasons}, {@code icp_status}, {@code
   *     icp_coverage}, and with a priority {@code icp_priority}, {@code icp_grade})
   * @param matches how each model column the table has was found
   * @param missing the model's columns the table lacks
   */
  public record ScoredTable(String table, List<ColumnMatch> matches, List<String> missing) {}

  /**
   * Scores the rows of {@code rawTable} (text columns named {@code columns}) into the engine table
   * {@code target}, with the same SQL as {@code icp score}: for checks that group by tier in the
   * engine (the funnel).
   *
   * @throws InputException when the table has none of the model's columns
   */
  public static ScoredTable scoreInto(
      Engine engine,
      String rawTable,
      List<String> columns,
      ScoreModel model,
      String name,
      String target) {
    Prepared prepared = prepare(engine, rawTable, columns, model, name);
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + target
            + " AS "
            + ScoreSql.select(
                engine,
                model,
                INPUT,
                prepared.present(),
                KeyLookups.of(engine, model, prepared.present(), INPUT)));
    engine.execute("DROP VIEW IF EXISTS " + INPUT);
    return new ScoredTable(target, prepared.matches(), prepared.missing());
  }

  private record Prepared(List<ColumnMatch> matches, Set<String> present, List<String> missing) {}

  /** Matches the model's columns, cleans them and exposes them as {@link #INPUT}. */
  private static Prepared prepare(
      Engine engine, String rawTable, List<String> columns, ScoreModel model, String name) {
    List<ColumnMatch> matches =
        new ColumnMatcher(model).match(columns, Map.of(), c -> sample(engine, rawTable, c));
    Map<String, String> matched = ColumnMatcher.asMap(matches);
    Set<String> present = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    for (String column : model.columns()) {
      (matched.containsKey(column) ? present : missing).add(column);
    }
    if (present.isEmpty()) {
      throw new InputException(
          name
              + " has none of the model's columns ("
              + String.join(", ", model.columns())
              + "): give a file with the columns the ICP was derived from");
    }
    engine.execute(FitAttribute.KEY_MACRO);
    new Cleaner(engine).clean(rawTable, plans(model, present, matched), CLEAN);
    engine.execute(
        "CREATE OR REPLACE TEMP VIEW "
            + INPUT
            + " AS SELECT "
            + quote(CleanedTable.ROW)
            + present.stream()
                .map(c -> ", " + quote(matched.get(c)) + " AS " + quote(c))
                .collect(Collectors.joining())
            + " FROM "
            + CLEAN);
    return new Prepared(matches, present, missing);
  }

  private static Rows rows(
      Engine engine,
      ScoreModel model,
      Set<String> present,
      List<PointsTable.Scored> binned,
      List<ColumnMatch> matches,
      List<String> missing) {
    String scores =
        ScoreSql.select(
            engine, model, INPUT, present, KeyLookups.of(engine, model, present, INPUT));
    String codes =
        FitRows.codesSelect(binned.stream().map(PointsTable.Scored::attribute).toList(), INPUT);
    String row = quote(CleanedTable.ROW);
    int n = engine.queryOne("SELECT count(*) FROM " + INPUT, r -> r.getInt(1)).intValue();
    int[][] bins = new int[binned.size()][n];
    int[] score = new int[n];
    char[] tier = new char[n];
    double[] probability = new double[n];
    int[] position = {0};
    engine.query(
        "SELECT c.*, s."
            + ScoreSql.SCORE
            + ", s."
            + ScoreSql.TIER
            + " FROM ("
            + codes
            + ") c JOIN ("
            + scores
            + ") s USING ("
            + row
            + ") ORDER BY "
            + row,
        r -> {
          int i = position[0]++;
          for (int f = 0; f < bins.length; f++) {
            bins[f][i] = r.getInt(f + 2);
          }
          int s = r.getInt(bins.length + 2);
          boolean scored = !r.wasNull();
          String t = r.getString(bins.length + 3);
          score[i] = scored ? s : -1;
          tier[i] = t == null ? '-' : t.charAt(0);
          probability[i] = scored ? probability(model.fit(), s) : Double.NaN;
          return null;
        });
    if (position[0] != n) {
      throw new IllegalStateException("read " + position[0] + " rows of " + n);
    }
    return new Rows(matches, missing, binned, bins, score, tier, probability);
  }

  /** Returns the calibrated probability of being ideal at a score of the points table. */
  public static double probability(PointsTable table, int score) {
    double logit = table.referenceLogit() + (score - 50) / table.factor();
    return 1 / (1 + Math.exp(-logit));
  }

  private static List<String> sample(Engine engine, String rawTable, String column) {
    return engine.query(
        "SELECT DISTINCT v FROM (SELECT trim("
            + quote(column)
            + ") AS v FROM "
            + rawTable
            + " LIMIT "
            + SAMPLE_ROWS
            + ") WHERE v <> '' LIMIT "
            + SAMPLE_VALUES,
        r -> r.getString(1));
  }

  private static List<ColumnPlan> plans(
      ScoreModel model, Set<String> present, Map<String, String> matched) {
    Map<String, ColumnPlan> plans = new LinkedHashMap<>();
    List<PointsTable.Scored> all = new ArrayList<>(model.fit().attributes());
    model.engagement().ifPresent(e -> all.addAll(e.attributes()));
    for (PointsTable.Scored scored : all) {
      FitAttribute attribute = scored.attribute();
      if (present.contains(attribute.column())) {
        String file = matched.get(attribute.column());
        plans.putIfAbsent(file, ColumnPlan.of(file, attribute.type()));
      }
    }
    return List.copyOf(plans.values());
  }
}
