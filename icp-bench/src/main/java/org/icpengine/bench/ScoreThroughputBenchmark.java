package org.icpengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.engine.Engine;

/**
 * Times batch scoring ({@code icp score}) against the engine's plain CSV-to-CSV copy of the same
 * file, on files of growing size, and the fit score's in-memory scoring. A third side, the ceiling,
 * is the engine's copy that also writes columns shaped like icp score's ({@link ScoreShape}): what
 * writing the scorer's wider output costs with no scoring, so the best ratio any scorer could
 * reach. The model is derived from a smaller file of the same generator. Each measured run is in a
 * fresh engine, baseline, scorer and ceiling in turn; the figures are medians. Targets: baseline
 * time / scoring time ≥ {@value #MIN_RATIO}; in-memory scoring ≥ 1M rows/s on one core; memory flat
 * in rows.
 *
 * <p>Arguments: {@code --train=FILE [--warmup=FILE] [--repeats=3] [--memory-limit=LIMIT]
 * [--formulas-kept] FILE...}; the memory limit defaults to {@code icp score}'s on this machine
 * ({@link Engine#streamingMemoryLimit()}), for every side; {@code --formulas-kept} adds a third run
 * to each repeat that keeps formula-like cells as they are, to show what neutralising them costs.
 * Exit codes: 0 measured, 1 failed, 2 usage.
 */
public final class ScoreThroughputBenchmark {
  static final double MIN_RATIO = 0.70;
  static final double MIN_IN_MEMORY_ROWS_PER_SECOND = 1e6;

  private ScoreThroughputBenchmark() {}

  /** Runs the benchmark and exits with its code. */
  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    Path train = null;
    Path warmup = null;
    int repeats = 3;
    // as icp score sets it on this machine, unless given
    String memoryLimit = Engine.streamingMemoryLimit();
    boolean variant = false;
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      if (arg.startsWith("--train=")) {
        train = Path.of(value);
      } else if (arg.startsWith("--warmup=")) {
        warmup = Path.of(value);
      } else if (arg.startsWith("--repeats=")) {
        repeats = Integer.parseInt(value);
      } else if (arg.startsWith("--memory-limit=")) {
        memoryLimit = value;
      } else if (arg.equals("--formulas-kept")) {
        variant = true;
      } else if (!arg.startsWith("--") && Files.isRegularFile(Path.of(arg))) {
        files.add(Path.of(arg));
      } else {
        files.clear();
        break;
      }
    }
    if (train == null || files.isEmpty() || repeats < 1) {
      System.err.println(
          "usage: ScoreThroughputBenchmark --train=FILE [--warmup=FILE] [--repeats=3]"
              + " [--memory-limit=LIMIT] [--formulas-kept] FILE...");
      System.exit(2);
    }
    try {
      Options options =
          new Options(train, Optional.ofNullable(warmup), repeats, memoryLimit, variant, files);
      run(options, System.out);
      System.exit(0);
    } catch (RuntimeException | IOException e) {
      System.err.println("benchmark failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /**
   * What to measure.
   *
   * @param train the file the model is derived from
   * @param warmup a smaller file both sides run once before measuring
   * @param repeats the measured runs per file and side
   * @param memoryLimit the engine's memory limit
   * @param variant whether each repeat also scores with formula cells kept as they are
   * @param files the files measured
   */
  private record Options(
      Path train,
      Optional<Path> warmup,
      int repeats,
      String memoryLimit,
      boolean variant,
      List<Path> files) {}

  private static void run(Options options, PrintStream out) throws IOException {
    Path train = options.train();
    Optional<Path> warmup = options.warmup();
    int repeats = options.repeats();
    String memoryLimit = options.memoryLimit();
    boolean variant = options.variant();
    List<Path> files = options.files();
    out.printf("ICP Engine batch-scoring benchmark: icp score vs the engine's CSV copy%n");
    out.printf(
        "machine  %d cores, load average %.2f; JVM %s %s; engine memory_limit %s%n",
        Runtime.getRuntime().availableProcessors(),
        load(),
        System.getProperty("java.vm.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        memoryLimit);
    ScoreModelPrep.Prepared prepared = ScoreModelPrep.prepare(train, memoryLimit);
    out.printf(
        "model    derived from %s in %.1f s: %d fit attributes, %d columns read%n",
        train.getFileName(),
        prepared.deriveSeconds(),
        prepared.model().fit().attributes().size(),
        prepared.model().columns().size());
    Path folder = Files.createTempDirectory("icp-score-bench-");
    ScoreRuns runs = new ScoreRuns(memoryLimit, folder);
    ThroughputTable table = new ThroughputTable(out);
    table.printRunHeader();
    if (warmup.isPresent()) {
      table.printRun(
          "warm-up", warmup.get(), ThroughputTable.BASELINE, runs.baseline(warmup.get()));
      table.printRun(
          "warm-up",
          warmup.get(),
          ThroughputTable.SCORER,
          runs.scorer(warmup.get(), prepared.model(), false));
      table.printRun("warm-up", warmup.get(), ThroughputTable.CEILING, runs.ceiling(warmup.get()));
    }
    Map<Path, List<ScoreRuns.Run[]>> measured = new LinkedHashMap<>();
    for (Path file : files) {
      List<ScoreRuns.Run[]> repeatRuns = new ArrayList<>();
      for (int r = 1; r <= repeats; r++) {
        ScoreRuns.Run[] sides = new ScoreRuns.Run[variant ? 4 : 3];
        sides[ThroughputTable.BASELINE] = runs.baseline(file);
        sides[ThroughputTable.SCORER] = runs.scorer(file, prepared.model(), false);
        sides[ThroughputTable.CEILING] = runs.ceiling(file);
        if (variant) {
          sides[ThroughputTable.KEPT] = runs.scorer(file, prepared.model(), true);
        }
        for (int side = 0; side < sides.length; side++) {
          table.printRun(String.valueOf(r), file, side, sides[side]);
        }
        repeatRuns.add(sides);
      }
      measured.put(file, repeatRuns);
    }
    Files.deleteIfExists(folder);
    out.printf(
        "%nmethod   %s; %d repeats per file, each: baseline, scorer, ceiling%s, each in a fresh"
            + " engine;"
            + " medians; memory peaks reset before each run (max over repeats); load average now"
            + " %.2f%n",
        warmup.map(w -> "warm-up on " + w.getFileName()).orElse("no warm-up"),
        repeats,
        variant ? ", scorer with formula cells kept" : "",
        load());
    for (Path file : files) {
      runs.shape(file)
          .ifPresent(
              shape ->
                  out.printf(
                      "ceiling  %s: the copy writes %s (name, type, mean length in icp score's"
                          + " output)%n",
                      file.getFileName(), shape.describe()));
    }
    table.printFigures(measured, prepared);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
