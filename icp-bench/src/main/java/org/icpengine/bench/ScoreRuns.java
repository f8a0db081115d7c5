package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.literal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.data.source.ReadOptions;

/**
 * One timed run of each side of the batch-scoring benchmark, each in a fresh engine: the engine's
 * plain CSV-to-CSV copy of the file (the yardstick), and {@link BatchScorer} writing the scored
 * CSV. The output is deleted after each run.
 */
final class ScoreRuns {
  /**
   * One run's figures.
   *
   * @param seconds the whole run, from the call to its return
   * @param rows the rows written by the scorer; -1 for the baseline, which does not count them
   * @param phases for the scorer, the seconds of reading, cleaning, scoring (with the tier and
   *     formula counts) and writing, from its progress steps; empty for the baseline
   * @param memory the run's heap and resident-set peaks
   */
  record Run(double seconds, long rows, double[] phases, RunMemory.Peak memory) {}

  private final String memoryLimit;
  private final Path outputFolder;

  ScoreRuns(String memoryLimit, Path outputFolder) {
    this.memoryLimit = memoryLimit;
    this.outputFolder = outputFolder;
  }

  /** Copies the file as text, every column VARCHAR, with the engine alone. */
  Run baseline(Path input) {
    Path output = outputFolder.resolve("baseline-out.csv");
    RunMemory memory = RunMemory.start();
    long start = System.nanoTime();
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(input))) {
      engine.copy(
          "SELECT * FROM read_csv("
              + literal(engine.readable(input).toString())
              + ", all_varchar = true)",
          "(FORMAT csv, HEADER true)",
          output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = Seconds.since(start);
    RunMemory.Peak peak = memory.end();
    delete(output);
    return new Run(seconds, -1, new double[0], peak);
  }

  /**
   * Scores the file with the model, as {@code icp score} does.
   *
   * @param keepFormulas false to neutralise formula-like cells, as {@code icp score} does by
   *     default; true to skip that (counting them and rewriting each cell)
   */
  Run scorer(Path input, ScoreModel model, boolean keepFormulas) {
    Path output = outputFolder.resolve("scored-out.csv");
    long[] steps = new long[5];
    RunMemory memory = RunMemory.start();
    long start = System.nanoTime();
    BatchScorer.Summary summary;
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(input))) {
      summary =
          new BatchScorer(engine)
              .score(
                  input,
                  ReadOptions.defaults(),
                  model,
                  new BatchScorer.Output(output, OutputFormat.CSV, keepFormulas),
                  (index, total, name) -> steps[index] = System.nanoTime());
    }
    long end = System.nanoTime();
    RunMemory.Peak peak = memory.end();
    delete(output);
    double[] phases = new double[4];
    for (int p = 0; p < 4; p++) {
      long from = steps[p + 1];
      long to = p + 2 < steps.length ? steps[p + 2] : end;
      phases[p] = from == 0 || to == 0 ? Double.NaN : Seconds.between(from, to);
    }
    return new Run(Seconds.between(start, end), summary.rows(), phases, peak);
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
