package org.icpengine.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code icp} executable. */
public final class Main {
  private Main() {}

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, ProgressDisplay.forStandardError()));
  }

  /**
   * Runs the command line with the given streams and returns the exit code: 0 ok, 1 failure, 2 bad
   * usage or bad input.
   *
   * @param progress how commands show their progress on the error stream
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err, ProgressDisplay progress) {
    CommandLine commandLine = IcpCommand.commandLine(new Console(out, err, progress));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(Failures::onExecution);
    commandLine.setParameterExceptionHandler(Failures::onParameters);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
