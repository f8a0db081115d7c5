package org.icpengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
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
 * (issue "Derive the ICP"): under 60 s on 1M rows × 30 columns with at most 2 GB of heap.
 */
public final class DeriveBenchmark {
  private DeriveBenchmark() {}

  /** Runs the benchmark on the CSV named by the first argument. */
  public static void main(String[] args) throws Exception {
    if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
      System.err.println("usage: DeriveBenchmark FILE.csv");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    Path out = Files.createTempDirectory("icp-derive-bench-");
    long start = System.nanoTime();
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset = Dataset.open(engine, file, DatasetOptions.defaults());
      long opened = System.nanoTime();
      IcpDefinition icp =
          Derivation.derive(dataset, file, DeriveOptions.defaults(), Clock.systemUTC());
      long derived = System.nanoTime();
      IcpJson.write(icp, out.resolve("icp.json"));
      long end = System.nanoTime();
      System.out.printf(Locale.ROOT, "rows                         %,d%n", dataset.rows());
      System.out.printf(Locale.ROOT, "read + clean + profile, s    %.2f%n", (opened - start) / 1e9);
      System.out.printf(
          Locale.ROOT, "derive (ideal, discovery), s %.2f%n", (derived - opened) / 1e9);
      System.out.printf(Locale.ROOT, "icp.json, s                  %.2f%n", (end - derived) / 1e9);
      System.out.printf(
          Locale.ROOT,
          "total, s                     %.2f   target < 60 %s%n",
          (end - start) / 1e9,
          (end - start) / 1e9 < 60 ? "PASS" : "FAIL");
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
