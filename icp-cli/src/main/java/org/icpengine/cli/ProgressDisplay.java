package org.icpengine.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a command shows its progress on the error stream: a bar redrawn in place for a person at a
 * terminal, one line per step in a log or CI (where a redrawn bar would leave dozens of copies), or
 * nothing.
 */
public enum ProgressDisplay {
  /** Nothing: for callers that only want the result, such as tests. */
  NONE,
  /** One line per step: the error stream is a file, a pipe or a CI log. */
  LINES,
  /** A bar redrawn in place: the error stream is a terminal. */
  BAR;

  /**
   * Returns the display for this process's standard error: a bar on a terminal that can redraw a
   * line, lines otherwise and in CI (which sets {@code CI}, also when it runs a pseudo-terminal).
   */
  public static ProgressDisplay forStandardError() {
    boolean dumb = "dumb".equals(System.getenv("TERM"));
    boolean ci = System.getenv("CI") != null;
    return standardErrorIsTerminal() && !dumb && !ci ? BAR : LINES;
  }

  /**
   * Returns whether standard error is a terminal. On Linux, where file descriptor 2 points says so
   * exactly (a terminal device, also when the results are redirected to a file). Elsewhere Java 17
   * can only tell whether the process has a console, which needs standard input and output to be
   * terminals too; without one, lines are the safe choice.
   */
  private static boolean standardErrorIsTerminal() {
    Path descriptor = Path.of("/proc/self/fd/2");
    if (!Files.isSymbolicLink(descriptor)) {
      return System.console() != null;
    }
    try {
      String target = Files.readSymbolicLink(descriptor).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | SecurityException e) {
      return false;
    }
  }
}
