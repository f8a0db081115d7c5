package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.literal;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.icpengine.data.engine.Engine;

/**
 * The embedded engine's bare CSV read, the yardstick of the pipeline: {@code read_csv} with
 * auto-detection into typed columns, and with {@code all_varchar}, each in a fresh engine.
 */
final class Baseline {
  /**
   * The seconds of one baseline repeat.
   *
   * @param typed {@code CREATE TABLE t AS SELECT * FROM read_csv(file)}, types auto-detected
   * @param allVarchar the same with {@code all_varchar = true}
   * @param rows the rows the typed read loaded
   * @param typedCpu the process's CPU seconds (user + system, every thread) of the typed read
   */
  record Times(double typed, double allVarchar, long rows, double typedCpu) {}

  private record Read(double seconds, long rows, double cpu) {}

  private final Supplier<Engine> engines;

  Baseline(Supplier<Engine> engines) {
    this.engines = engines;
  }

  /** Times both reads of the file. */
  Times measure(Path file) {
    Read typed = read(file, "");
    Read allVarchar = read(file, ", all_varchar = true");
    return new Times(typed.seconds(), allVarchar.seconds(), typed.rows(), typed.cpu());
  }

  private Read read(Path file, String options) {
    try (Engine engine = engines.get()) {
      Path readable = engine.readable(file);
      long start = System.nanoTime();
      double cpu = ScoreRuns.cpuSeconds();
      engine.execute(
          "CREATE TABLE t AS SELECT * FROM read_csv("
              + literal(readable.toString())
              + options
              + ")");
      double seconds = Seconds.since(start);
      double cpuSeconds = ScoreRuns.cpuSeconds() - cpu;
      return new Read(seconds, engine.count("t"), cpuSeconds);
    }
  }
}
