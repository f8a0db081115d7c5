package org.icpengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Prints the batch-scoring figures: one line per run as it ends, then one column per file with the
 * medians and the targets. MB are 10^6 bytes, MiB 2^20 bytes.
 */
final class ThroughputTable {
  private static final double MB = 1e6;
  private static final double MIB = 1 << 20;
  // the streaming scorer's progress steps: open the file and sample its first rows for the column
  // matches and lookups; the one COPY that reads, cleans, scores, writes and counts the tiers and
  // formula cells; moving the file into place (a loaded file takes four other steps: read, clean,
  // score, write)
  private static final String[] PHASES = {"open + sample", "stream (COPY)", "move", "-"};
  private static final String[] SIDES = {"baseline", "scorer", "ceiling", "kept"};

  /** The baseline's index among a repeat's runs. */
  static final int BASELINE = 0;

  /** The scorer's index among a repeat's runs. */
  static final int SCORER = 1;

  /** The ceiling's index among a repeat's runs: the bare copy writing icp score's columns. */
  static final int CEILING = 2;

  /** The index of the run that keeps formula cells, if any, among a repeat's runs. */
  static final int KEPT = 3;

  private final PrintStream out;

  ThroughputTable(PrintStream out) {
    this.out = out;
  }

  void printRunHeader() {
    out.printf(
        "%n%-8s %-22s %-8s %8s %8s %30s %9s %9s %9s%n",
        "repeat",
        "file",
        "side",
        "seconds",
        "CPU s",
        "open / stream / move / -",
        "heap MiB",
        "RSS MiB",
        "RSS start");
  }

  void printRun(String repeat, Path file, int side, ScoreRuns.Run run) {
    boolean scorer = run.phases().length > 0;
    String phases =
        scorer
            ? String.join(" / ", Arrays.stream(run.phases()).mapToObj(s -> fixed(s, 2)).toList())
            : "";
    out.printf(
        "%-8s %-22s %-8s %8.2f %8.2f %30s %9.0f %9.0f %9.0f%n",
        repeat,
        file.getFileName(),
        SIDES[side],
        run.seconds(),
        run.cpuSeconds(),
        phases,
        run.memory().heap() / MIB,
        run.memory().resident() / MIB,
        run.memory().residentBefore() / MIB);
  }

  void printFigures(Map<Path, List<ScoreRuns.Run[]>> measured, ScoreModelPrep.Prepared prepared) {
    List<Path> files = new ArrayList<>(measured.keySet());
    List<String> header = new ArrayList<>(List.of("figure"));
    files.forEach(f -> header.add(f.getFileName().toString()));
    header.add("target");
    List<List<String>> lines = new ArrayList<>();
    lines.add(header);
    lines.add(row("rows", files, f -> String.format("%,d", rows(measured.get(f))), ""));
    lines.add(row("file size, MB", files, f -> fixed(size(f) / MB, 1), ""));
    addSide(lines, "baseline: bare COPY, same format", files, measured, BASELINE);
    addSide(lines, "icp score (BatchScorer)", files, measured, SCORER);
    addSide(lines, "ceiling: bare COPY + score columns", files, measured, CEILING);
    for (int p = 0; p < PHASES.length; p++) {
      int phase = p;
      lines.add(
          row(
              "  of which " + PHASES[p] + ", s",
              files,
              f -> fixed(median(measured.get(f), r -> r[SCORER].phases()[phase]), 2),
              ""));
    }
    lines.add(
        row(
            "ratio baseline / icp score",
            files,
            f -> verdict(ratio(measured.get(f), SCORER)),
            ">= " + fixed(ScoreThroughputBenchmark.MIN_RATIO, 2)));
    lines.add(
        row(
            "CPU-time ratio baseline / icp score",
            files,
            f ->
                fixed(
                    median(measured.get(f), r -> r[BASELINE].cpuSeconds())
                        / median(measured.get(f), r -> r[SCORER].cpuSeconds()),
                    3),
            "fair under load"));
    lines.add(
        row(
            "  median of the per-repeat ratios",
            files,
            f ->
                fixed(median(measured.get(f), r -> r[BASELINE].seconds() / r[SCORER].seconds()), 3),
            ""));
    addCeilingRatios(lines, files, measured);
    if (measured.values().iterator().next().get(0).length > KEPT) {
      lines.add(
          row(
              "icp score, formula cells kept, s",
              files,
              f -> fixed(seconds(measured.get(f), KEPT), 2),
              ""));
      lines.add(
          row("  ratio baseline / that", files, f -> fixed(ratio(measured.get(f), KEPT), 3), ""));
    }
    lines.add(
        row(
            "peak heap, icp score, MiB",
            files,
            f -> max(measured.get(f), SCORER, true),
            "flat in rows"));
    lines.add(
        row(
            "peak RSS, icp score, MiB",
            files,
            f -> max(measured.get(f), SCORER, false),
            "flat in rows"));
    lines.add(
        row("peak heap, baseline, MiB", files, f -> max(measured.get(f), BASELINE, true), ""));
    lines.add(
        row("peak RSS, baseline, MiB", files, f -> max(measured.get(f), BASELINE, false), ""));
    lines.add(row("peak RSS, ceiling, MiB", files, f -> max(measured.get(f), CEILING, false), ""));
    print(lines);
    printInMemory(prepared);
  }

  private void addSide(
      List<List<String>> lines,
      String name,
      List<Path> files,
      Map<Path, List<ScoreRuns.Run[]>> measured,
      int side) {
    lines.add(row(name + ", s", files, f -> fixed(seconds(measured.get(f), side), 2), ""));
    lines.add(
        row(
            name + ", CPU s",
            files,
            f -> fixed(median(measured.get(f), r -> r[side].cpuSeconds()), 2),
            ""));
    lines.add(
        row(
            name + ", MB/s",
            files,
            f -> fixed(size(f) / MB / seconds(measured.get(f), side), 1),
            ""));
    lines.add(
        row(
            name + ", rows/s",
            files,
            f -> String.format("%,.0f", rows(measured.get(f)) / seconds(measured.get(f), side)),
            ""));
  }

  /**
   * The ceiling's rows: the best ratio any scorer could reach (baseline / ceiling) and the share of
   * it icp score reaches (ceiling / icp score), by wall and by CPU time.
   */
  private static void addCeilingRatios(
      List<List<String>> lines, List<Path> files, Map<Path, List<ScoreRuns.Run[]>> measured) {
    lines.add(
        row(
            "ratio baseline / ceiling (best reachable)",
            files,
            f -> fixed(ratio(measured.get(f), CEILING), 3),
            ""));
    lines.add(
        row(
            "ratio ceiling / icp score",
            files,
            f -> fixed(seconds(measured.get(f), CEILING) / seconds(measured.get(f), SCORER), 3),
            ""));
    lines.add(
        row(
            "CPU-time ratio baseline / ceiling",
            files,
            f -> fixed(cpu(measured.get(f), BASELINE) / cpu(measured.get(f), CEILING), 3),
            "fair under load"));
    lines.add(
        row(
            "CPU-time ratio ceiling / icp score",
            files,
            f -> fixed(cpu(measured.get(f), CEILING) / cpu(measured.get(f), SCORER), 3),
            "fair under load"));
  }

  private static double cpu(List<ScoreRuns.Run[]> runs, int side) {
    return median(runs, r -> r[side].cpuSeconds());
  }

  private void printInMemory(ScoreModelPrep.Prepared p) {
    double rowsPerSecond = p.rows() / p.passSeconds();
    double target = ScoreThroughputBenchmark.MIN_IN_MEMORY_ROWS_PER_SECOND;
    out.printf(
        "%nin-memory scoring (Scorecard.scores on bin codes, one thread, median of 15 passes):%n");
    out.printf(
        "  model trained on all %,d rows in %.1f s: %d attributes, %d pair terms%n",
        p.rows(), p.trainSeconds(), p.attributes(), p.pairs());
    out.printf(
        "  one pass %.4f s → %,.0f rows/s   target >= %,.0f rows/s per core: %s%n",
        p.passSeconds(), rowsPerSecond, target, rowsPerSecond >= target ? "PASS" : "FAIL");
  }

  private static double ratio(List<ScoreRuns.Run[]> runs, int side) {
    return seconds(runs, BASELINE) / seconds(runs, side);
  }

  private static String verdict(double ratio) {
    return fixed(ratio, 3) + (ratio >= ScoreThroughputBenchmark.MIN_RATIO ? " PASS" : " FAIL");
  }

  private static String max(List<ScoreRuns.Run[]> runs, int side, boolean heap) {
    long bytes =
        runs.stream()
            .mapToLong(r -> heap ? r[side].memory().heap() : r[side].memory().resident())
            .max()
            .orElse(-1);
    return fixed(bytes / MIB, 0);
  }

  private static List<String> row(
      String figure, List<Path> files, Function<Path, String> value, String target) {
    List<String> row = new ArrayList<>(List.of(figure));
    files.forEach(f -> row.add(value.apply(f)));
    row.add(target);
    return row;
  }

  private void print(List<List<String>> lines) {
    out.println();
    for (List<String> line : lines) {
      StringBuilder text = new StringBuilder(String.format("%-40s", line.get(0)));
      for (int i = 1; i < line.size(); i++) {
        text.append(String.format(" %22s", line.get(i)));
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private static long rows(List<ScoreRuns.Run[]> runs) {
    return runs.get(0)[SCORER].rows();
  }

  private static double seconds(List<ScoreRuns.Run[]> runs, int side) {
    return median(runs, r -> r[side].seconds());
  }

  private static double median(List<ScoreRuns.Run[]> runs, ToDoubleFunction<ScoreRuns.Run[]> f) {
    double[] sorted = runs.stream().mapToDouble(f).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fixed(double value, int decimals) {
    return String.format("%,." + decimals + "f", value);
  }
}
