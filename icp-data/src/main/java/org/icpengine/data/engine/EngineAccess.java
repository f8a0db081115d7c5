package org.icpengine.data.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The files an engine may read directly, fixed when it opens. Besides these, an engine reads and
 * writes only its own private folder: other files are linked or copied into it on demand ({@link
 * Engine#readable(Path)}) and outputs are written there and moved out ({@link Engine#copy}).
 * Granting a large input here saves that copy.
 *
 * @param readable files the engine may read in place, as real paths (symbolic links resolved)
 */
public record EngineAccess(List<Path> readable) {
  /** Copies the list so the record stays immutable. */
  public EngineAccess {
    readable = List.copyOf(readable);
  }

  /** Returns access to no file but the engine's own folder. */
  public static EngineAccess none() {
    return new EngineAccess(List.of());
  }

  /** Returns access to read the given files in place; files that do not exist are left out. */
  public static EngineAccess reading(Path... files) {
    return reading(Arrays.asList(files));
  }

  /** Returns access to read the given files in place; files that do not exist are left out. */
  public static EngineAccess reading(Collection<Path> files) {
    List<Path> real = new ArrayList<>();
    for (Path file : files) {
      real(file).ifPresent(real::add);
    }
    return new EngineAccess(real);
  }

  /** Returns the file's real path, or empty when it is not an existing regular file. */
  static java.util.Optional<Path> real(Path file) {
    try {
      Path path = file.toRealPath();
      return Files.isRegularFile(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
