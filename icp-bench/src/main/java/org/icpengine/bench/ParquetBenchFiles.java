package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.literal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;

/**
 * Writes the bench CSV of {@link BenchFiles} once more as Parquet, every column text as in the CSV,
 * for the Spark scale benchmark ({@code bench/run-spark.sh}): {@code ParquetBenchFiles FOLDER
 * ROWS...} prints each Parquet file's path.
 */
public final class ParquetBenchFiles {
  private ParquetBenchFiles() {}

  /** Returns the cached Parquet file of {@code rows} rows, writing it (and its CSV) if absent. */
  static Path ensure(Path folder, long rows) throws IOException {
    Path csv = BenchFiles.ensure(folder, rows);
    Path parquet = folder.resolve("bench-" + rows + ".parquet");
    if (Files.isRegularFile(parquet)) {
      return parquet;
    }
    Path partial = folder.resolve(parquet.getFileName() + ".partial");
    try (Engine engine = Engine.open("2GB", EngineAccess.reading(csv))) {
      engine.copy(
          "SELECT * FROM read_csv("
              + literal(engine.readable(csv).toString())
              + ", all_varchar = true)",
          "(FORMAT parquet)",
          partial);
    }
    Files.move(
        partial, parquet, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return parquet;
  }

  /**
   * Writes the files named on the command line.
   *
   * @param args the cache folder, then one or more row counts
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ParquetBenchFiles FOLDER ROWS...");
      System.exit(2);
    }
    for (int i = 1; i < args.length; i++) {
      long start = System.nanoTime();
      Path file = ensure(Path.of(args[0]), Long.parseLong(args[i].replace("_", "")));
      System.out.printf(
          "%s (%,d bytes, %.1f s)%n", file, Files.size(file), (System.nanoTime() - start) / 1e9);
    }
  }
}
