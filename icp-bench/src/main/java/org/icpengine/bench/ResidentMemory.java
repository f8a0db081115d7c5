package org.icpengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The resident memory of this process ({@code VmRSS}, and its peak {@code VmHWM}, on Linux): the
 * Java heap plus the embedded engine's native memory, which the Java heap figures do not see.
 */
final class ResidentMemory {
  private static final Path STATUS = Path.of("/proc/self/status");

  private ResidentMemory() {}

  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  /** Returns the peak resident set in bytes, or empty where the system does not tell it. */
  static OptionalLong peak() {
    return field("VmHWM:");
  }

  /** Returns the resident set now in bytes, or empty where the system does not tell it. */
  static OptionalLong current() {
    return field("VmRSS:");
  }

  /**
   * Resets the peak resident set to the resident set now (Linux 4.0 and later), so that {@link
   * #peak()} covers only what runs afterwards.
   *
   * @return whether the system accepted the reset
   */
  static boolean resetPeak() {
    try {
      Files.writeString(CLEAR_REFS, "5");
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static OptionalLong field(String name) {
    try {
      return Files.readAllLines(STATUS).stream()
          .filter(line -> line.startsWith(name))
          .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
          .findFirst();
    } catch (IOException | NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
