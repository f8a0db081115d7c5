package org.icpengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.IcpJson;

/**
 * Times the whole derive on one file — read and clean, ideal, discovery of the ideal target and of
 * every numeric outcome, economics, icp.json — and prints the seconds and the peak heap. Target
 * (issue 19): under 40 s on 1M rows × 30 columns with at most 2 GB of heap; it prints the wall and
 * CPU seconds of every step, as the machine may be shared.
 */
public final class DeriveBenchmark {
  private DeriveBenchmark() {}

  /** Wall and CPU seconds at the start of each named step, in order. */
  private static final class Steps {
    private final List<String> names = new ArrayList<>();
    private final List<double[]> marks = new ArrayList<>();

    void mark(String name) {
      names.add(name);
      marks.add(new double[] {System.nanoTime() / 1e9, ScoreRuns.cpuSeconds()});
    }

    void print() {
      System.out.printf(Locale.ROOT, "%nwhere the time goes   wall s    CPU s  step%n");
      for (int i = 0; i + 1 < marks.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "                    %8.2f %8.2f  %s%n",
            marks.get(i + 1)[0] - marks.get(i)[0],
            marks.get(i + 1)[1] - marks.get(i)[1],
            names.get(i));
      }
    }
  }

  /**
   * Runs the benchmark on the CSV named by the last argument; {@code --trace} adds the costliest
   * statements of the run from the engine's query log.
   */
  public static void main(String[] args) throws Exception {
    boolean trace = args.length == 2 && args[0].equals("--trace");
    if (args.length != (trace ? 2 : 1) || !Files.isRegularFile(Path.of(args[args.length - 1]))) {
      System.err.println("usage: DeriveBenchmark [--trace] FILE.csv");
      System.exit(2);
    }
    Path file = Path.of(args[args.length - 1]);
    Supplier<Engine> open = () -> Engine.open(EngineAccess.reading(file));
    try (Engine engine = trace ? StatementLog.logging(open) : open.get()) {
      Runnable run = () -> run(engine, file);
      if (trace) {
        StatementLog.trace(engine, run, System.out);
      } else {
        run.run();
      }
    }
  }

  private static void run(Engine engine, Path file) {
    Steps steps = new Steps();
    double cpuStart = ScoreRuns.cpuSeconds();
    long start = System.nanoTime();
    steps.mark("read + clean + profile");
    Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
    long opened = System.nanoTime();
    IcpDefinition icp =
        Derivation.derive(
            dataset,
            file,
            DeriveOptions.defaults(),
            Clock.systemUTC(),
            (index, total, name) -> steps.mark("derive " + index + "/" + total + ": " + name));
    long derived = System.nanoTime();
    steps.mark("icp.json");
    write(icp);
    long end = System.nanoTime();
    steps.mark("end");
    double cpu = ScoreRuns.cpuSeconds() - cpuStart;
    print(dataset.rows(), opened - start, derived - opened, end - derived, end - start, cpu);
    System.out.printf(
        Locale.ROOT,
        "traits / segments / outcome  %d / %d / %d%n",
        icp.traits().size(),
        icp.segments().size(),
        icp.outcomeFindings().size());
    double peak = peakHeapMiB();
    System.out.printf(
        Locale.ROOT,
        "peak heap (pool peaks), MiB  %.1f   target <= 2048 %s%n",
        peak,
        peak <= 2048 ? "PASS" : "FAIL");
    steps.print();
  }

  private static void print(
      long rows, long openNanos, long deriveNanos, long jsonNanos, long totalNanos, double cpu) {
    System.out.printf(Locale.ROOT, "rows                         %,d%n", rows);
    System.out.printf(Locale.ROOT, "read + clean + profile, s    %.2f%n", openNanos / 1e9);
    System.out.printf(Locale.ROOT, "derive (ideal, discovery), s %.2f%n", deriveNanos / 1e9);
    System.out.printf(Locale.ROOT, "icp.json, s                  %.2f%n", jsonNanos / 1e9);
    System.out.printf(
        Locale.ROOT,
        "total, s                     %.2f   target < 40 %s%n",
        totalNanos / 1e9,
        totalNanos / 1e9 < 40 ? "PASS" : "FAIL");
    System.out.printf(Locale.ROOT, "total, CPU s (user + sys)    %.2f%n", cpu);
  }

  private static void write(IcpDefinition icp) {
    try {
      Path out = Files.createTempDirectory("icp-derive-bench-");
      IcpJson.write(icp, out.resolve("icp.json"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static double peakHeapMiB() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / 1048576.0;
  }
}
