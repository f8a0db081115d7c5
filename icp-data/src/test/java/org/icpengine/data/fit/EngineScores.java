package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;
import org.icpengine.model.scoring.AccountScore;
import org.icpengine.model.scoring.AccountScorer;
import org.icpengine.model.scoring.ScoreModel;

/** Scores files in the engine and row by row with {@link AccountScorer}, to compare the two. */
final class EngineScores {
  private EngineScores() {}

  /** The engine's answer for one row, and the row's first cell to check the rows line up. */
  record Scored(
      String id,
      Integer score,
      String tier,
      String reasons,
      Integer engagement,
      Double coverage,
      String status,
      Integer priority,
      String priorityReasons,
      String grade) {}

  /** Returns the engine's scores of a file, in row order; the output goes into {@code dir}. */
  static List<Scored> batch(ScoreModel model, Path input, Map<String, String> columnMap, Path dir) {
    return batch(model, input, columnMap, dir, false);
  }

  /** As {@link #batch(ScoreModel, Path, Map, Path)}, scoring the file as a market or not. */
  static List<Scored> batch(
      ScoreModel model, Path input, Map<String, String> columnMap, Path dir, boolean market) {
    Path output =
        dir.resolve(input.getFileName() + "-" + columnMap.size() + "-" + market + ".parquet");
    try (Engine engine = Fixtures.engine()) {
      new BatchScorer(engine, market)
          .score(
              input,
              ReadOptions.defaults(),
              model,
              new BatchScorer.Output(output, OutputFormat.PARQUET, true, columnMap),
              DatasetOptions.Progress.none());
      boolean engaged = model.engagement().isPresent();
      boolean prioritised = model.priority().isPresent();
      return engine.query(
          "SELECT * FROM read_parquet(" + Engine.literal(engine.readable(output).toString()) + ")",
          r ->
              new Scored(
                  r.getString(1),
                  (Integer) r.getObject("icp_score"),
                  r.getString("icp_tier"),
                  r.getString("icp_reasons"),
                  engaged ? (Integer) r.getObject("icp_engagement_score") : null,
                  (Double) r.getObject("icp_coverage"),
                  r.getString("icp_status"),
                  prioritised ? (Integer) r.getObject("icp_priority") : null,
                  prioritised ? r.getString("icp_priority_reasons") : null,
                  prioritised ? r.getString("icp_grade") : null));
    }
  }

  /** Returns every row's raw text cells by column name, as the engine's reader reads the file. */
  static List<Map<String, String>> raw(Path input) {
    try (Engine engine = Fixtures.engine()) {
      LoadedSource source = new SourceReader(engine).read(input, ReadOptions.defaults(), "raw");
      List<String> columns = source.columns();
      List<Map<String, String>> rows = new ArrayList<>();
      for (List<String> cells : Fixtures.rows(engine, "raw")) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
          row.put(columns.get(c), cells.get(c));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /**
   * Scores the file in the engine, then every row in Java from its raw cells (renamed from file to
   * model columns as the API does: {@code --column}'s names, then {@link ColumnMatcher} by name),
   * and returns the engine's scores after checking every row's score, tier, reasons, engagement
   * score, coverage, status, priority, priority reasons and grade are the same.
   */
  static List<Scored> assertSameScores(
      ScoreModel model, Path input, Map<String, String> columnMap, Path dir) {
    return assertSameScores(model, input, columnMap, dir, false);
  }

  /** As {@link #assertSameScores(ScoreModel, Path, Map, Path)}, as a market or not. */
  static List<Scored> assertSameScores(
      ScoreModel model, Path input, Map<String, String> columnMap, Path dir, boolean market) {
    List<Scored> expected = batch(model, input, columnMap, dir, market);
    AccountScorer scorer = new AccountScorer(model, market);
    List<Map<String, String>> rows = raw(input);
    assertThat(rows).hasSameSizeAs(expected);
    List<ColumnMatch> matches =
        rows.isEmpty()
            ? List.of()
            : new ColumnMatcher(model).match(List.copyOf(rows.get(0).keySet()), columnMap);
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = ColumnMatcher.rekey(new LinkedHashMap<>(rows.get(i)), matches);
      AccountScore actual = scorer.score(row);
      Scored want = expected.get(i);
      Scored got =
          new Scored(
              rows.get(i).values().iterator().next(),
              actual.score(),
              actual.tier(),
              actual.reasons(),
              actual.engagement(),
              actual.coverage(),
              actual.status(),
              actual.priority(),
              actual.priorityReasons(),
              actual.grade());
      if (!got.equals(want) && differences.size() < 10) {
        differences.add(
            "row " + i + " " + rows.get(i) + "\n  engine: " + want + "\n  java:   " + got);
      }
    }
    assertThat(differences).as("rows scored differently in Java").isEmpty();
    return expected;
  }
}
