package org.icpengine.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Prints the server benchmark's figures: a few lines per phase as it ends, then one table with the
 * targets and whether each was met. Latencies in milliseconds; MB are 10^6 bytes.
 */
final class ServerFigures {
  private record Line(String figure, String value, String target, String verdict) {}

  private ServerFigures() {}

  /** Prints one load phase's figures. */
  static void printPhase(LoadGenerator.Result r, PrintStream out) {
    LatencyHistogram l = r.latency();
    out.printf(
        "  → %s: %,d ok, %,d errors%s in %.1f s = %,.0f requests/s%n",
        r.name(),
        r.ok(),
        r.errors(),
        r.firstError().isEmpty() ? "" : " (first: " + r.firstError() + ")",
        r.seconds(),
        r.rate());
    out.printf(
        "    latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f%n",
        l.percentileMillis(0.50),
        l.percentileMillis(0.90),
        l.percentileMillis(0.99),
        l.percentileMillis(0.999),
        l.maxMillis(),
        l.meanMillis());
    if (r.service() != r.latency()) {
      out.printf(
          "    from the actual send: p50 %.2f  p99 %.2f  p99.9 %.2f ms; sent over 1 ms late: %,d%n",
          r.service().percentileMillis(0.50),
          r.service().percentileMillis(0.99),
          r.service().percentileMillis(0.999),
          r.lateSends());
    }
    if (r.timeline() != null) {
      List<Timeline.Second> slow = r.timeline().slowSeconds();
      out.printf(
          "    seconds with answers over %.0f ms (second of the window: slow/answered, max ms): %s%n",
          ServerBenchmark.MAX_P99_MILLIS,
          slow.isEmpty()
              ? "none"
              : String.join(
                  "  ",
                  slow.stream()
                      .map(
                          s ->
                              String.format(
                                  "%d: %d/%d, %.0f",
                                  s.second(), s.slow(), s.answered(), s.maxMillis()))
                      .toList()));
    }
    ServerProbe.Usage u = r.usage();
    out.printf(
        "    server side: %,d requests, mean %.3f ms, %s ≤ 5 ms, p99 %s; CPU cores: server %.2f,"
            + " generator %.2f, other processes %.2f; server GC: %s%n",
        u.serverCount(),
        u.serverMeanMillis(),
        percent(u.serverShareUnder5ms()),
        u.serverP99().isEmpty() ? "?" : u.serverP99(),
        u.serverCores(),
        u.benchCores(),
        u.otherCores(),
        gc(u));
  }

  /** Prints one batch run. */
  static void printBatch(
      String repeat, Path file, String side, BatchComparison.Run run, PrintStream out) {
    out.printf(
        "%-8s %-22s %-6s %9.2f %11s %,12d %,12.0f %8s%n",
        repeat,
        file.getFileName(),
        side,
        run.seconds(),
        Double.isNaN(run.firstByteSeconds()) ? "" : String.format("%.2f", run.firstByteSeconds()),
        run.rows(),
        run.rowsPerSecond(),
        run.usage() == null ? "" : String.format("%.2f cpu", run.usage().serverCores()));
  }

  /** Prints the table. */
  static void print(ServerBenchmark.Figures f, ServerBenchOptions o, PrintStream out) {
    List<Line> lines = new ArrayList<>();
    lines.addAll(open(f, o));
    lines.addAll(ceiling(f));
    lines.addAll(batch(f));
    out.printf("%n%-56s %16s %10s %s%n", "figure", "value", "target", "result");
    for (Line line : lines) {
      out.printf(
          "%-56s %16s %10s %s%n", line.figure(), line.value(), line.target(), line.verdict());
    }
  }

  private static List<Line> open(ServerBenchmark.Figures f, ServerBenchOptions o) {
    LoadGenerator.Result r = f.open();
    LatencyHistogram l = r.latency();
    String at = String.format("%,.0f/s", o.rate());
    double p99 = l.percentileMillis(0.99);
    boolean clean = r.errors() == 0;
    double achieved = r.rate();
    List<Line> lines = new ArrayList<>();
    lines.add(
        info(
            "single score: bodies (different accounts), mean bytes",
            String.format("%,d, %.0f", f.bodies(), f.meanBodyBytes())));
    lines.add(
        info(
            "open loop " + at + ": measured s (after warm-up s)",
            String.format("%.0f (%.0f)", o.seconds(), o.warmupSeconds())));
    lines.add(info("  requests ok", String.format("%,d", r.ok())));
    lines.add(new Line("  errors", String.format("%,d", r.errors()), "0", verdict(clean)));
    lines.add(
        new Line(
            "  achieved rate, requests/s",
            String.format("%,.0f", achieved),
            ">= " + at,
            verdict(achieved >= 0.99 * o.rate())));
    lines.add(info("  latency p50, ms (from due time)", fixed(l.percentileMillis(0.5), 2)));
    lines.add(info("  latency p90, ms", fixed(l.percentileMillis(0.9), 2)));
    lines.add(
        new Line(
            "  latency p99, ms",
            fixed(p99, 2),
            "< " + fixed(ServerBenchmark.MAX_P99_MILLIS, 0),
            verdict(p99 < ServerBenchmark.MAX_P99_MILLIS && clean)));
    lines.add(info("  latency p99.9, ms", fixed(l.percentileMillis(0.999), 2)));
    lines.add(info("  latency max, ms", fixed(l.maxMillis(), 2)));
    lines.add(info("  p99 from the actual send, ms", fixed(r.service().percentileMillis(0.99), 2)));
    lines.add(info("  requests sent > 1 ms late (generator)", String.format("%,d", r.lateSends())));
    ServerProbe.Usage u = r.usage();
    lines.add(info("  server side: mean, ms", fixed(u.serverMeanMillis(), 3)));
    lines.add(info("  server side: share ≤ 5 ms", percent(u.serverShareUnder5ms())));
    lines.add(info("  server side: p99 bucket", u.serverP99().isEmpty() ? "?" : u.serverP99()));
    lines.add(info("  CPU cores: server / generator / other processes", cores(u)));
    lines.add(info("  server GC pauses: count, total, max ms", gc(u)));
    return lines;
  }

  private static List<Line> ceiling(ServerBenchmark.Figures f) {
    List<Line> lines = new ArrayList<>();
    for (LoadGenerator.Result r : f.ceiling()) {
      lines.add(
          info(
              r.name() + ": requests/s, p99 ms",
              String.format("%,.0f, %s", r.rate(), fixed(r.latency().percentileMillis(0.99), 1))));
      lines.add(
          info(
              "  errors; CPU server / generator / other",
              String.format("%,d; %s", r.errors(), cores(r.usage()))));
    }
    f.ceiling().stream()
        .max(Comparator.comparingDouble(LoadGenerator.Result::rate))
        .ifPresent(
            best ->
                lines.add(
                    info(
                        "throughput ceiling (best closed loop), requests/s",
                        String.format("%,.0f", best.rate()))));
    if (f.wrk().isEmpty()) {
      lines.add(info("wrk cross-check", f.wrkNote()));
    } else {
      for (WrkCheck.Run run : f.wrk()) {
        lines.add(
            info(
                "wrk " + run.connections() + " conn.: requests/s, p99 ms",
                String.format("%,.0f, %s", run.rate(), fixed(run.p99Millis(), 1))));
      }
      lines.add(
          info(
              "throughput ceiling, wrk, requests/s",
              String.format(
                  "%,.0f", f.wrk().stream().mapToDouble(WrkCheck.Run::rate).max().orElse(0))));
    }
    return lines;
  }

  private static List<Line> batch(ServerBenchmark.Figures f) {
    List<Line> lines = new ArrayList<>();
    if (f.cli().isEmpty()) {
      lines.add(info("batch scoring", "not run (no --batch)"));
      return lines;
    }
    String median = f.cli().size() > 1 ? " (median)" : "";
    double cliSeconds = median(f.cli(), BatchComparison.Run::seconds);
    double httpSeconds = median(f.http(), BatchComparison.Run::seconds);
    long rows = f.cli().get(0).rows();
    double cliRate = rows / cliSeconds;
    double httpRate = f.http().get(0).rows() / httpSeconds;
    double ratio = httpRate / cliRate;
    lines.add(info("batch: rows", String.format("%,d", rows)));
    lines.add(info("  icp score (fresh JVM), s" + median, fixed(cliSeconds, 2)));
    lines.add(info("  icp score, rows/s", String.format("%,.0f", cliRate)));
    lines.add(info("  POST /score/batch, to last byte, s" + median, fixed(httpSeconds, 2)));
    lines.add(
        info(
            "  of which to first byte (upload + scoring), s",
            fixed(median(f.http(), BatchComparison.Run::firstByteSeconds), 2)));
    lines.add(info("  POST /score/batch, rows/s", String.format("%,.0f", httpRate)));
    lines.add(
        new Line(
            "  ratio HTTP rows/s / icp score rows/s",
            fixed(ratio, 3),
            ">= " + fixed(ServerBenchmark.MIN_BATCH_RATIO, 2),
            verdict(ratio >= ServerBenchmark.MIN_BATCH_RATIO)));
    if (f.http().get(0).rows() != rows) {
      lines.add(
          new Line(
              "  rows scored over HTTP",
              String.format("%,d", f.http().get(0).rows()),
              String.format("%,d", rows),
              "missed"));
    }
    return lines;
  }

  private static String gc(ServerProbe.Usage u) {
    if (Double.isNaN(u.gcPauseMillis())) {
      return "no GC log";
    }
    return String.format(
        "%d, %.1f, %.1f",
        u.gcPauses(), u.gcPauseMillis(), u.gcPauses() == 0 ? 0 : u.gcMaxPauseMillis());
  }

  private static String cores(ServerProbe.Usage u) {
    return String.format("%.2f / %.2f / %.2f", u.serverCores(), u.benchCores(), u.otherCores());
  }

  private static String verdict(boolean met) {
    return met ? "met" : "missed";
  }

  private static Line info(String figure, String value) {
    return new Line(figure, value, "", "");
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "?" : String.format("%.2f %%", share * 100);
  }

  private static <T> double median(List<T> values, ToDoubleFunction<T> figure) {
    double[] sorted = values.stream().mapToDouble(figure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static String fixed(double value, int decimals) {
    return String.format("%,." + decimals + "f", value);
  }
}
