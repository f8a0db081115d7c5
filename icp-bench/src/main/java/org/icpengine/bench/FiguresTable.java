package org.icpengine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Prints the figures of a benchmark run: one line per repeat as it ends, then the medians with the
 * targets. Sizes in MB are 10^6 bytes; heap sizes in MiB are 2^20 bytes, as -Xmx counts them.
 */
final class FiguresTable {
  /** The least acceptable ratio of the baseline's time to reading plus cleaning. */
  static final double MIN_RATIO = 0.5;

  /** The most Java heap the pipeline may use, in MiB. */
  static final long MAX_HEAP_MIB = 1024;

  private static final double MB = 1e6;
  private static final double MIB = 1 << 20;

  private record Line(String figure, String value, String target, String verdict) {}

  private FiguresTable() {}

  /** Prints the header of the per-repeat lines. */
  static void printRepeatHeader(PrintStream out) {
    out.printf(
        "%n%-7s %10s %12s %8s %12s %11s %9s %9s %7s %s%n",
        "repeat",
        "base typed",
        "base varchar",
        "reading",
        "clean+prof.",
        "read+clean",
        "base CPU",
        "r+c CPU",
        "ideal",
        "cohorts: " + String.join(" / ", PipelineRun.COHORT_COLUMNS));
  }

  /** Prints one repeat's seconds. */
  static void printRepeat(
      String name, Baseline.Times base, PipelineRun.Times run, PrintStream out) {
    List<String> cohorts = run.cohorts().values().stream().map(s -> fixed(s, 2)).toList();
    out.printf(
        "%-7s %10.2f %12.2f %8.2f %12.2f %11.2f %9.2f %9.2f %7.2f %s%n",
        name,
        base.typed(),
        base.allVarchar(),
        run.reading(),
        run.cleaning(),
        run.whole(),
        base.typedCpu(),
        run.wholeCpu(),
        run.ideal(),
        String.join(" / ", cohorts));
  }

  /** Prints the medians and the verdicts. */
  static void printFigures(Measurements m, PrintStream out) {
    List<Line> lines = new ArrayList<>();
    lines.addAll(throughput(m));
    lines.addAll(cohorts(m));
    lines.addAll(heap(m.heap()));
    out.printf("%n%-52s %14s %10s %s%n", "figure (median of repeats)", "value", "target", "result");
    for (Line line : lines) {
      out.printf(
          "%-52s %14s %10s %s%n", line.figure(), line.value(), line.target(), line.verdict());
    }
  }

  private static List<Line> throughput(Measurements m) {
    double baseline = median(m.baselines(), Baseline.Times::typed);
    double text = median(m.baselines(), Baseline.Times::allVarchar);
    double whole = median(m.runs(), PipelineRun.Times::whole);
    double ratio = baseline / whole;
    List<Line> lines = new ArrayList<>();
    lines.add(info("rows", String.format("%,d", m.rows())));
    lines.add(info("file size, MB", fixed(m.bytes() / MB, 1)));
    lines.add(info("baseline read_csv typed, s", fixed(baseline, 2)));
    lines.add(info("baseline read_csv typed, MB/s", fixed(m.bytes() / MB / baseline, 1)));
    lines.add(info("baseline read_csv typed, rows/s", String.format("%,.0f", m.rows() / baseline)));
    lines.add(info("baseline read_csv all_varchar, s", fixed(text, 2)));
    lines.add(info("baseline read_csv all_varchar, MB/s", fixed(m.bytes() / MB / text, 1)));
    lines.add(
        info("reading (SourceReader), s", fixed(median(m.runs(), PipelineRun.Times::reading), 2)));
    lines.add(
        info(
            "cleaning + profile (Profiler), s",
            fixed(median(m.runs(), PipelineRun.Times::cleaning), 2)));
    lines.add(info("read + clean (Dataset.open), s", fixed(whole, 2)));
    lines.add(info("read + clean, MB/s", fixed(m.bytes() / MB / whole, 1)));
    lines.add(info("read + clean, rows/s", String.format("%,.0f", m.rows() / whole)));
    lines.add(
        new Line(
            "ratio baseline typed / read + clean",
            fixed(ratio, 3),
            ">= " + MIN_RATIO,
            ratio >= MIN_RATIO ? "PASS" : "FAIL"));
    lines.add(info("ratio baseline all_varchar / read + clean", fixed(text / whole, 3)));
    double baselineCpu = median(m.baselines(), Baseline.Times::typedCpu);
    double wholeCpu = median(m.runs(), PipelineRun.Times::wholeCpu);
    lines.add(info("baseline read_csv typed, CPU s (user + sys)", fixed(baselineCpu, 2)));
    lines.add(info("read + clean (Dataset.open), CPU s (user + sys)", fixed(wholeCpu, 2)));
    lines.add(info("ratio by CPU time, baseline / read + clean", fixed(baselineCpu / wholeCpu, 3)));
    return lines;
  }

  private static List<Line> cohorts(Measurements m) {
    List<Line> lines = new ArrayList<>();
    lines.add(
        info(
            "ideal (default definition), s", fixed(median(m.runs(), PipelineRun.Times::ideal), 2)));
    for (String column : PipelineRun.COHORT_COLUMNS) {
      double seconds = median(m.runs(), run -> run.cohorts().get(column));
      lines.add(info("cohorts by " + column + ", s", fixed(seconds, 2)));
    }
    return lines;
  }

  private static List<Line> heap(HeapPeak.Figures heap) {
    double bound = heap.poolPeakSum() / MIB;
    List<Line> lines = new ArrayList<>();
    lines.add(info("max heap (-Xmx), MiB", fixed(heap.max() / MIB, 0)));
    lines.add(
        info("peak heap used, before-GC sum (GC notif.), MiB", fixed(heap.usedPeak() / MIB, 1)));
    lines.add(
        new Line(
            "peak heap used, sum of heap pool peaks, MiB",
            fixed(bound, 1),
            "<= " + MAX_HEAP_MIB,
            bound <= MAX_HEAP_MIB ? "PASS" : "FAIL"));
    lines.add(info("garbage collections", String.valueOf(heap.collections())));
    heap.residentPeak()
        .ifPresent(
            r -> lines.add(info("peak RSS incl. engine native memory, MiB", fixed(r / MIB, 0))));
    return lines;
  }

  private static Line info(String figure, String value) {
    return new Line(figure, value, "", "");
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
