package org.icpengine.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes output files whole or not at all: content goes to a temporary file beside the target,
 * which is renamed over the target only when complete. A failed run leaves no partial file.
 */
public final class AtomicFiles {
  /** Writes the content of an output file. */
  @FunctionalInterface
  public interface Content {
    /** Writes everything to the stream. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes an output file at a path it is given, such as the engine's COPY. */
  @FunctionalInterface
  public interface PathContent {
    /** Writes everything to the (not yet existing) file. */
    void writeTo(Path file) throws IOException;
  }

  private AtomicFiles() {}

  /**
   * Writes a file through its path atomically: the writer fills a hidden temporary file beside the
   * target, which is then renamed; on failure nothing is left behind.
   *
   * @throws InputException when the target is a folder or its folder does not exist
   */
  public static void writeAt(Path target, PathContent content) throws IOException {
    checkWritable(target);
    Path absolute = target.toAbsolutePath();
    Path temporary = temporary(absolute);
    try {
      content.writeTo(temporary);
      move(temporary, absolute);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  private static Path temporary(Path absolute) {
    return absolute.resolveSibling(
        "."
            + absolute.getFileName()
            + "."
            + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
            + ".part");
  }

  /** Writes bytes to the target atomically. */
  public static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /**
   * Writes streamed content to the target atomically.
   *
   * @throws InputException when the target is a folder or its folder does not exist
   */
  public static void write(Path target, Content content) throws IOException {
    checkWritable(target);
    Path absolute = target.toAbsolutePath();
    // not Files.createTempFile, whose owner-only permissions the target would inherit
    Path temporary = temporary(absolute);
    OutputStream stream =
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      try (OutputStream out = stream) {
        content.writeTo(out);
      }
      move(temporary, absolute);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
  }

  /**
   * Checks that an output file can be written at the path.
   *
   * @throws InputException when the path is a folder or its folder does not exist
   */
  public static void checkWritable(Path target) {
    if (Files.isDirectory(target)) {
      throw new InputException(target + " is a folder: give a file name to write");
    }
    Path parent = target.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new InputException(
          "the folder of " + target + " does not exist: create it or choose another path");
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
