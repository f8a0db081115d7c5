package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.clean.CleaningSql;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;
import org.icpengine.data.source.SourceScan;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.testing.ParityModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming statement writes what the loaded path writes, byte for byte. */
class ScorePipelineTest {
  @TempDir Path dir;

  private Optional<BatchScorer.Summary> streamed(
      Path input, BatchScorer.Output output, int sampleRows) {
    try (Engine engine = Fixtures.engine()) {
      engine.execute(FitAttribute.KEY_MACRO);
      CleaningSql.install(engine);
      try (SourceScan scan =
          new SourceReader(engine).scan(input, ReadOptions.defaults(), "score_scan")) {
        return new ScorePipeline(engine, sampleRows)
            .score(scan, ParityModels.everyKind(), output, DatasetOptions.Progress.none());
      }
    }
  }

  private BatchScorer.Summary loaded(Path input, BatchScorer.Output output) {
    try (Engine engine = Fixtures.engine()) {
      return new BatchScorer(engine)
          .scoreLoaded(
              input,
              ReadOptions.defaults(),
              ParityModels.everyKind(),
              output,
              DatasetOptions.Progress.none());
    }
  }

  @Test
  void score_writesWhatTheLoadedPathWrites_evenForValuesOutsideTheSample() throws IOException {
    Path input = AccountScorerMessyFileTest.messyFile(dir, "messy.csv", 2000, 5);
    // a sample of 5 rows: most values miss the lookups and take the computed keys and countries
    for (int sampleRows : new int[] {5, ScorePipeline.SAMPLE_ROWS}) {
      for (OutputFormat format : OutputFormat.values()) {
        Path stream = dir.resolve("stream-" + sampleRows + "." + format.key());
        Path load = dir.resolve("load-" + sampleRows + "." + format.key());
        BatchScorer.Summary s =
            streamed(input, new BatchScorer.Output(stream, format, false), sampleRows)
                .orElseThrow();
        BatchScorer.Summary l = loaded(input, new BatchScorer.Output(load, format, false));
        assertThat(rows(stream)).as(format + ", sample " + sampleRows).isEqualTo(rows(load));
        assertThat(s).usingRecursiveComparison().isEqualTo(l);
        assertThat(s.rows()).isEqualTo(2000);
      }
    }
  }

  @Test
  void score_writesNothingWhenARowHasTooManyFields() {
    Path input =
        Fixtures.lines(
            dir,
            "ragged.csv",
            List.of("Account,Industry,Country", "a,Fintech,Germany", "b,Fintech,France,extra"));
    Path output = dir.resolve("out.csv");
    assertThat(streamed(input, new BatchScorer.Output(output, OutputFormat.CSV, false), 10))
        .isEmpty();
    assertThat(output).doesNotExist();
    assertThat(dir.toFile().list()).allMatch(name -> !name.endsWith(".part"));
  }

  @Test
  void score_keepsTheRowsInFileOrderOnAFileReadByManyThreads() throws IOException {
    // about 80 MB: the engine reads a file this size in parallel, in pieces, and writes the rows
    // in file order only if no step of the statement gives that order up (a constant IN list
    // planned as a join did, for the formula test of every written cell)
    int rows = 50_000;
    String note = "n".repeat(1_500);
    List<String> lines = new ArrayList<>(List.of("Account,Industry,Country,EMPLOYEES,Notes"));
    for (int i = 0; i < rows; i++) {
      lines.add(
          "acct" + i + "," + (i % 3 == 0 ? "Fintech" : "Retail") + ",Germany," + i + "," + note);
    }
    Path input = Fixtures.lines(dir, "ordered.csv", lines);
    lines.clear();
    Path output = dir.resolve("ordered-out.csv");
    streamed(input, new BatchScorer.Output(output, OutputFormat.CSV, false), 100).orElseThrow();
    long misplaced;
    try (java.util.stream.Stream<String> written = Files.lines(output)) {
      java.util.concurrent.atomic.AtomicLong row = new java.util.concurrent.atomic.AtomicLong(-1);
      misplaced =
          written
              .filter(line -> row.getAndIncrement() >= 0)
              .filter(line -> !line.startsWith("acct" + (row.get() - 1) + ","))
              .count();
      assertThat(row.get()).isEqualTo(rows);
    }
    assertThat(misplaced).as("rows written out of file order").isZero();
  }

  private static List<List<String>> rows(Path file) {
    try (Engine engine = Fixtures.engine()) {
      String path = Engine.literal(engine.readable(file).toString());
      String relation =
          file.toString().endsWith(".parquet")
              ? "read_parquet(" + path + ")"
              : "read_csv(" + path + ", all_varchar = true, header = true)";
      return engine.query(
          "SELECT * FROM " + relation,
          r -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
              row.add(r.getMetaData().getColumnName(i) + "=" + r.getString(i));
            }
            return row;
          });
    }
  }
}
