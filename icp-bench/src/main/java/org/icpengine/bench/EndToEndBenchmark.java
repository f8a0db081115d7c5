package org.icpengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;

/**
 * Times ICP Engine end to end on a messy CSV: the embedded engine's bare {@code read_csv} as the
 * yardstick, then reading, cleaning with profiling, the default ideal and cohorts, and reports the
 * peak Java heap. Run it in its own JVM with the heap limit under test, e.g. {@code java -Xmx1g
 * -jar icp-bench.jar --warmup=small.csv big.csv}. Exit codes: 0 measured (whatever the verdicts), 1
 * failed, 2 usage.
 */
public final class EndToEndBenchmark {
  private final BenchOptions options;
  private final PrintStream out;
  private final Baseline baseline;
  private final PipelineRun pipeline;

  private EndToEndBenchmark(BenchOptions options, PrintStream out) {
    this.options = options;
    this.out = out;
    this.baseline = new Baseline(options::openEngine);
    this.pipeline = new PipelineRun(options::openEngine);
  }

  /**
   * Runs the benchmark and exits with its code.
   *
   * @param args {@code [--repeats=N] [--warmup=FILE] [--memory-limit=SIZE] [--trace] FILE}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.println(BenchOptions.USAGE);
      return 2;
    }
    try {
      new EndToEndBenchmark(options, out).measure();
      return 0;
    } catch (RuntimeException e) {
      err.println("benchmark failed: " + e.getMessage());
      e.printStackTrace(err);
      return 1;
    }
  }

  private void measure() {
    HeapPeak heap = HeapPeak.start();
    double loadAtStart = load();
    printHeader();
    FiguresTable.printRepeatHeader(out);
    options.warmup().ifPresent(file -> repeat("warm-up", file));
    List<Baseline.Times> baselines = new ArrayList<>();
    List<PipelineRun.Times> runs = new ArrayList<>();
    for (int i = 1; i <= options.repeats(); i++) {
      Baseline.Times base = baseline.measure(options.file());
      PipelineRun.Times run = pipeline.measure(options.file());
      FiguresTable.printRepeat(String.valueOf(i), base, run, out);
      baselines.add(base);
      runs.add(run);
    }
    Measurements measurements =
        new Measurements(
            options,
            size(options.file()),
            engineVersion(),
            baselines,
            runs,
            heap.figures(),
            loadAtStart,
            load());
    printMethod(measurements, runs.get(0).idealDescription());
    FiguresTable.printFigures(measurements, out);
    if (options.trace()) {
      StatementLog.trace(options, out);
    }
  }

  private void repeat(String name, Path file) {
    FiguresTable.printRepeat(name, baseline.measure(file), pipeline.measure(file), out);
  }

  private void printHeader() {
    out.printf("ICP Engine end-to-end benchmark: profile + cohorts on a messy CSV%n");
    out.printf("file     %s (%,d bytes)%n", options.file(), size(options.file()));
    out.printf(
        "engine   duckdb %s, memory_limit %s, %d cores%n",
        engineVersion(),
        options.memoryLimit().orElse("default (a third of RAM)"),
        Runtime.getRuntime().availableProcessors());
    out.printf(
        "JVM      %s, %s, max heap %,d MiB%n",
        System.getProperty("java.vm.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments(),
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private void printMethod(Measurements m, String ideal) {
    out.printf(
        "%nmethod   %s; then %d repeats, each: baseline typed, baseline all_varchar, pipeline,"
            + " every one in a fresh engine; figures are medians of the repeats%n",
        options.warmup().map(w -> "warm-up on " + w.getFileName()).orElse("no warm-up"),
        options.repeats());
    out.printf("ideal    %s%n", ideal);
    out.printf(
        "load     system load average %.2f at start, %.2f at end (%d cores shared with other"
            + " processes)%n",
        m.loadAtStart(), m.loadAtEnd(), Runtime.getRuntime().availableProcessors());
  }

  private String engineVersion() {
    try (Engine engine = options.openEngine()) {
      return engine.version();
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
