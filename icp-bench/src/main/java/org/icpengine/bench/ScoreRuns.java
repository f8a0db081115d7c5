package org.icpengine.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.model.scoring.ScoreModel;

/**
 * One timed run of each side of the batch-scoring benchmark, each in a fresh engine: the engine's
 * plain CSV-to-CSV copy of the file (the yardstick), {@link BatchScorer} writing the scored CSV,
 * and the engine's copy that also writes columns shaped like the scorer's (the ceiling). The output
 * is deleted after each run.
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
   * @param cpuSeconds the process's CPU time (user + system, every thread, the engine's included)
   *     during the run: the fair figure on a machine shared with other work
   */
  record Run(
      double seconds, long rows, double[] phases, RunMemory.Peak memory, double cpuSeconds) {}

  /** The process's CPU time so far, in seconds, every thread included; NaN where not told. */
  static double cpuSeconds() {
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  private final String memoryLimit;
  private final Path outputFolder;
  // the shape of icp score's added columns per input file, from its first scored output
  private final Map<Path, ScoreShape> shapes = new HashMap<>();

  ScoreRuns(String memoryLimit, Path outputFolder) {
    this.memoryLimit = memoryLimit;
    this.outputFolder = outputFolder;
  }

  /**
   * Copies the file with the engine alone: a CSV as text, every column VARCHAR, to CSV; a Parquet
   * file as it is typed, to Parquet.
   */
  Run baseline(Path input) {
    return copy(input, null);
  }

  /**
   * Copies the file with the engine alone as {@link #baseline} does, also writing columns shaped
   * like those icp score added to it ({@link ScoreShape}, measured in the first scored output of
   * the file): what writing icp score's wider output costs without any scoring.
   *
   * @throws IllegalStateException when the file has not been scored yet
   */
  Run ceiling(Path input) {
    ScoreShape shape = shapes.get(input);
    if (shape == null) {
      throw new IllegalStateException("score " + input + " before its ceiling run");
    }
    return copy(input, shape);
  }

  /** Returns the shape of icp score's added columns measured for the file, if it was scored. */
  Optional<ScoreShape> shape(Path input) {
    return Optional.ofNullable(shapes.get(input));
  }

  private Run copy(Path input, ScoreShape shape) {
    boolean parquet = isParquet(input);
    Path output = outputFolder.resolve(parquet ? "copy-out.parquet" : "copy-out.csv");
    RunMemory memory = RunMemory.start();
    double cpu = cpuSeconds();
    long start = System.nanoTime();
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(input))) {
      String reader = ScoreShape.reader(engine, input);
      String select = shape == null ? "*" : shape.selectList(ScoreShape.names(engine, reader));
      engine.copy(
          "SELECT " + select + " FROM " + reader,
          parquet ? "(FORMAT parquet)" : "(FORMAT csv, HEADER true)",
          output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    double seconds = Seconds.since(start);
    double cpuUsed = cpuSeconds() - cpu;
    RunMemory.Peak peak = memory.end();
    delete(output);
    return new Run(seconds, -1, new double[0], peak, cpuUsed);
  }

  /**
   * Scores the file with the model, as {@code icp score} does.
   *
   * @param keepFormulas false to neutralise formula-like cells, as {@code icp score} does by
   *     default; true to skip that (counting them and rewriting each cell)
   */
  Run scorer(Path input, ScoreModel model, boolean keepFormulas) {
    boolean parquet = isParquet(input);
    Path output = outputFolder.resolve(parquet ? "scored-out.parquet" : "scored-out.csv");
    long[] steps = new long[5];
    RunMemory memory = RunMemory.start();
    double cpu = cpuSeconds();
    long start = System.nanoTime();
    BatchScorer.Summary summary;
    try (Engine engine = Engine.open(memoryLimit, EngineAccess.reading(input))) {
      summary =
          new BatchScorer(engine)
              .score(
                  input,
                  ReadOptions.defaults(),
                  model,
                  new BatchScorer.Output(
                      output, parquet ? OutputFormat.PARQUET : OutputFormat.CSV, keepFormulas),
                  (index, total, name) -> steps[index] = System.nanoTime());
    }
    long end = System.nanoTime();
    double cpuUsed = cpuSeconds() - cpu;
    RunMemory.Peak peak = memory.end();
    if (!keepFormulas) {
      shapes.computeIfAbsent(input, in -> ScoreShape.measure(in, output));
    }
    delete(output);
    double[] phases = new double[4];
    for (int p = 0; p < 4; p++) {
      long from = steps[p + 1];
      // a step not taken (the streaming path takes three of the four) ends at the run's end
      long to = p + 2 < steps.length && steps[p + 2] != 0 ? steps[p + 2] : end;
      phases[p] = from == 0 || to == 0 ? Double.NaN : Seconds.between(from, to);
    }
    return new Run(Seconds.between(start, end), summary.rows(), phases, peak, cpuUsed);
  }

  private static boolean isParquet(Path file) {
    return file.getFileName().toString().endsWith(".parquet");
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
