package org.icpengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.sample.BenchTable;

/**
 * Writes the messy 30-column bench CSV once and reuses it: a file named after its row count and
 * seed is byte-identical on every machine, so an existing one is never rewritten.
 */
public final class BenchFiles {
  /** The seed of every bench file. */
  public static final long SEED = 42;

  private BenchFiles() {}

  /** Returns the cached file of {@code rows} rows in {@code folder}, writing it if absent. */
  public static Path ensure(Path folder, long rows) throws IOException {
    Path file = folder.resolve("bench-" + rows + ".csv");
    if (Files.isRegularFile(file)) {
      return file;
    }
    Files.createDirectories(folder);
    // written beside the target and moved, so an interrupted run never leaves a short file
    Path partial = folder.resolve(file.getFileName() + ".partial");
    BenchTable.write(partial, rows, SEED);
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /**
   * Returns the cached Parquet copy of the {@code rows}-row file (columns typed as the engine reads
   * the CSV), writing it if absent.
   */
  public static Path ensureParquet(Path folder, long rows) throws IOException {
    Path file = folder.resolve("bench-" + rows + ".parquet");
    if (Files.isRegularFile(file)) {
      return file;
    }
    Path csv = ensure(folder, rows);
    Path partial = folder.resolve(file.getFileName() + ".partial");
    try (Engine engine = Engine.open("2GB", EngineAccess.reading(csv))) {
      engine.copy(
          "SELECT * FROM read_csv(" + Engine.literal(engine.readable(csv).toString()) + ")",
          "(FORMAT parquet)",
          partial);
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return file;
  }

  /**
   * Writes the bench files named on the command line: {@code FOLDER ROWS...}; prints each path.
   *
   * @param args the cache folder, then one or more row counts (with a trailing {@code p}: the
   *     Parquet copy)
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: BenchFiles FOLDER ROWS...");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      // a size ending in "p" asks for the Parquet copy as well
      boolean parquet = args[i].endsWith("p");
      long rows = Long.parseLong(args[i].replace("_", "").replace(",", "").replace("p", ""));
      long start = System.nanoTime();
      Path file = parquet ? ensureParquet(folder, rows) : ensure(folder, rows);
      System.out.printf(
          "%s (%,d bytes, %.1f s)%n", file, Files.size(file), (System.nanoTime() - start) / 1e9);
    }
  }
}
