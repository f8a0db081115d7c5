package org.icpengine.data.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An engine's private folder, the only one it may touch: spill files, files staged for reading
 * (hard links, or copies across file systems) and outputs before they are moved to their target.
 * Deleted with the engine.
 */
final class EngineFolder {
  private final Path root;
  private final AccessCheck granted;
  private final Map<Path, Path> staged = new HashMap<>();
  private final AtomicLong names = new AtomicLong();

  /** Says whether a real path was granted when the engine opened. */
  @FunctionalInterface
  interface AccessCheck {
    boolean granted(Path real);
  }

  private EngineFolder(Path root, AccessCheck granted) {
    this.root = root;
    this.granted = granted;
  }

  static EngineFolder create(AccessCheck granted) throws IOException {
    Path root = Files.createTempDirectory("icp-engine-").toRealPath();
    Files.createDirectory(root.resolve("spill"));
    return new EngineFolder(root, granted);
  }

  Path root() {
    return root;
  }

  Path spill() {
    return root.resolve("spill");
  }

  /** Returns a new, not yet existing path in the folder with the given suffix, e.g. ".csv". */
  Path newFile(String suffix) {
    return root.resolve("f" + names.incrementAndGet() + suffix.replaceAll("[^A-Za-z0-9.]", ""));
  }

  /** Returns a path the engine may read the file under: granted, inside, or staged here. */
  synchronized Path readable(Path file) {
    Optional<Path> real = EngineAccess.real(file);
    if (real.isEmpty()) {
      return file; // missing or not a file: the engine's own error names the path
    }
    Path path = real.get();
    if (path.startsWith(root) || granted.granted(path)) {
      return path;
    }
    return staged.computeIfAbsent(path, this::stage);
  }

  private Path stage(Path real) {
    Path name = real.getFileName();
    Path target = newFile(name == null ? "" : "-" + name);
    try {
      try {
        Files.createLink(target, real);
      } catch (FileSystemException | UnsupportedOperationException e) {
        Files.copy(real, target); // another file system, or links refused
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + real.getFileName() + " for reading", e);
    }
  }

  /** Moves a file written in the folder to its target, replacing it. */
  static void moveOut(Path written, Path target) throws IOException {
    Files.move(written, target, StandardCopyOption.REPLACE_EXISTING);
  }

  void delete() {
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary folder is harmless
    }
  }
}
