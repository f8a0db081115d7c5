package org.icpengine.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process with captured streams, as a user would run it. */
final class Cli {
  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), ProgressDisplay.NONE);
    return new Result(code, out.toString(), err.toString());
  }

  static Result run(Path file, String command, String... more) {
    String[] args = new String[more.length + 2];
    args[0] = command;
    args[1] = file.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return run(args);
  }
}
