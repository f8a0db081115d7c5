package org.icpengine.server.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The server's data folder: the embedded database, uploaded datasets under {@code datasets/},
 * uploads in progress under {@code uploads/} and scratch space for scoring under {@code work/}.
 */
public final class DataFolder {
  private final Path root;

  /**
   * Opens the folder, creating it and its parts.
   *
   * @throws StoreException when it cannot be created or is a file
   */
  public DataFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
    try {
      for (String part : List.of("datasets", "uploads", "work")) {
        Files.createDirectories(this.root.resolve(part));
      }
    } catch (IOException e) {
      throw new StoreException(
          "cannot use "
              + root
              + " as the data folder ("
              + e.getMessage()
              + "): give another --data",
          e);
    }
  }

  /** Returns the folder. */
  public Path root() {
    return root;
  }

  /** Returns where datasets are kept. */
  public Path datasets() {
    return root.resolve("datasets");
  }

  /** Returns where uploads are written while they arrive. */
  public Path uploads() {
    return root.resolve("uploads");
  }

  /** Returns scratch space. */
  public Path work() {
    return root.resolve("work");
  }

  /**
   * Removes what a crash can leave: uploads and scratch files in progress, and dataset files no
   * record points at (a crash between the file's move and its record's commit). Returns how many.
   */
  public int sweep(Collection<String> recorded) {
    Set<String> keep = new HashSet<>(recorded);
    int removed = 0;
    removed += delete(uploads(), name -> true);
    removed += delete(work(), name -> true);
    removed += delete(datasets(), name -> !keep.contains("datasets/" + name));
    return removed;
  }

  private static int delete(Path folder, java.util.function.Predicate<String> which) {
    int removed = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file) && which.test(file.getFileName().toString())) {
          Files.deleteIfExists(file);
          removed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return removed;
  }
}
