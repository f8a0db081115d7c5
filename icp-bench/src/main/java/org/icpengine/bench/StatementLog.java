package org.icpengine.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.engine.Engine;

/**
 * Where a pipeline run spends its time, statement by statement, from the engine's query log. The
 * log stamps each statement when it starts, so a statement's share is the time until the next one
 * starts: its own run time plus the Java work that follows it before the next statement. Statements
 * that differ only in identifiers and literals are grouped.
 */
final class StatementLog {
  private static final int SHOWN = 20;
  private static final int SHAPE_CHARS = 110;

  private record Entry(long startMicros, String sql) {}

  private record Group(String shape, double seconds, int count) {}

  private StatementLog() {}

  /** Runs the pipeline once on the file in a fresh logging engine and prints the costliest. */
  static void trace(BenchOptions options, PrintStream out) {
    try (Engine engine = logging(options::openEngine)) {
      out.printf(
          "%nstatement trace: one extra pipeline run (read, clean+profile, ideal, cohorts)%n");
      trace(engine, () -> PipelineRun.measure(engine, options.file()), out);
    }
  }

  /**
   * Opens an engine with its query log on: the log must be switched on before the engine locks its
   * configuration, so through {@link Engine#QUERY_LOG_PROPERTY} while it opens.
   */
  static Engine logging(java.util.function.Supplier<Engine> open) {
    System.setProperty(Engine.QUERY_LOG_PROPERTY, "true");
    try {
      return open.get();
    } finally {
      System.clearProperty(Engine.QUERY_LOG_PROPERTY);
    }
  }

  /**
   * Runs {@code work} on an engine opened by {@link #logging} and prints the costliest statements.
   */
  static void trace(Engine engine, Runnable work, PrintStream out) {
    long startMicros = nowMicros();
    work.run();
    long endMicros = nowMicros();
    List<Entry> log =
        engine.query(
            "SELECT epoch_us(timestamp), message FROM duckdb_logs"
                + " WHERE type = 'QueryLog' ORDER BY timestamp",
            row -> new Entry(row.getLong(1), row.getString(2)));
    print(group(log, startMicros, endMicros), (endMicros - startMicros) / 1e6, out);
  }

  private static List<Group> group(List<Entry> log, long startMicros, long endMicros) {
    Map<String, double[]> byShape = new LinkedHashMap<>();
    long first = log.isEmpty() ? endMicros : log.get(0).startMicros();
    add(
        byShape,
        "(Java work before the first statement: UTF-8 scan, sniffing)",
        first - startMicros);
    for (int i = 0; i < log.size(); i++) {
      long next = i + 1 < log.size() ? log.get(i + 1).startMicros() : endMicros;
      add(byShape, shape(log.get(i).sql()), next - log.get(i).startMicros());
    }
    List<Group> groups = new ArrayList<>();
    byShape.forEach((shape, sums) -> groups.add(new Group(shape, sums[0], (int) sums[1])));
    groups.sort((a, b) -> Double.compare(b.seconds(), a.seconds()));
    return groups;
  }

  private static void add(Map<String, double[]> byShape, String shape, long micros) {
    double[] sums = byShape.computeIfAbsent(shape, s -> new double[2]);
    sums[0] += micros / 1e6;
    sums[1]++;
  }

  /** Blanks identifiers and literals so that per-column statements group together. */
  private static String shape(String sql) {
    String shape = sql.replaceAll("\"[^\"]*\"", "\"…\"").replaceAll("'[^']*'", "'…'");
    shape = shape.replaceAll("\\s+", " ");
    return shape.length() > SHAPE_CHARS ? shape.substring(0, SHAPE_CHARS) + "…" : shape;
  }

  private static void print(List<Group> groups, double total, PrintStream out) {
    out.printf("%9s %6s %6s  %s%n", "seconds", "share", "count", "statement shape");
    for (Group g : groups.subList(0, Math.min(SHOWN, groups.size()))) {
      out.printf(
          "%9.2f %5.1f%% %6d  %s%n", g.seconds(), 100 * g.seconds() / total, g.count(), g.shape());
    }
    out.printf("%9.2f %5.1f%% %6s  total%n", total, 100.0, "");
  }

  private static long nowMicros() {
    java.time.Instant now = java.time.Instant.now();
    return now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
  }
}
