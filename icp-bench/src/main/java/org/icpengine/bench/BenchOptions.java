package org.icpengine.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.icpengine.data.engine.Engine;

/**
 * What one benchmark run measures.
 *
 * @param file the CSV file measured
 * @param warmup a smaller file run through every step once before measuring, if any
 * @param repeats how many measured repeats; the figures are their medians
 * @param memoryLimit the engine memory limit, or empty for the product default (a third of RAM)
 * @param trace whether to time every engine statement of one extra pipeline run afterwards
 */
record BenchOptions(
    Path file, Optional<Path> warmup, int repeats, Optional<String> memoryLimit, boolean trace) {
  static final String USAGE =
      "usage: java -Xmx1g -jar icp-bench.jar [--repeats=N] [--warmup=FILE]"
          + " [--memory-limit=4GB] [--trace] FILE";

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException with the offending argument when the line is not usable
   */
  static BenchOptions parse(String... args) {
    Path file = null;
    Path warmup = null;
    int repeats = 3;
    String memoryLimit = null;
    boolean trace = false;
    for (String arg : args) {
      if (arg.startsWith("--repeats=")) {
        repeats = Integer.parseInt(value(arg));
      } else if (arg.startsWith("--warmup=")) {
        warmup = existing(Path.of(value(arg)));
      } else if (arg.startsWith("--memory-limit=")) {
        memoryLimit = value(arg);
      } else if (arg.equals("--trace")) {
        trace = true;
      } else if (arg.startsWith("--") || file != null) {
        throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      } else {
        file = existing(Path.of(arg));
      }
    }
    return checked(file, warmup, repeats, memoryLimit, trace);
  }

  private static BenchOptions checked(
      Path file, Path warmup, int repeats, String memoryLimit, boolean trace) {
    if (file == null) {
      throw new IllegalArgumentException("missing FILE");
    }
    if (repeats < 1) {
      throw new IllegalArgumentException("--repeats must be >= 1 but was " + repeats);
    }
    return new BenchOptions(
        file, Optional.ofNullable(warmup), repeats, Optional.ofNullable(memoryLimit), trace);
  }

  private static String value(String arg) {
    return arg.substring(arg.indexOf('=') + 1);
  }

  private static Path existing(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " is not a file: generate it with BenchFiles");
    }
    return file;
  }

  /** Opens a fresh engine with the configured memory limit. */
  Engine openEngine() {
    return memoryLimit.map(Engine::open).orElseGet(Engine::open);
  }
}
