package org.icpengine.cli;

import java.io.PrintWriter;
import org.icpengine.data.InputException;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where failures become exit codes and messages: 2 with a one-line message for bad
 * usage and bad input, 1 for anything else. A stack trace is printed only with {@code --verbose}.
 */
public final class Failures {
  /** Exit code for success. */
  public static final int OK = 0;

  /** Exit code for a failure that is not the user's doing. */
  public static final int FAILURE = 1;

  /** Exit code for bad usage or bad input. */
  public static final int BAD_INPUT = 2;

  private Failures() {}

  static int onExecution(Exception e, CommandLine commandLine, ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean verbose = isVerbose(parseResult);
    if (e instanceof InputException) {
      err.println("icp: " + e.getMessage());
      printTraceIf(verbose, e, err);
      return BAD_INPUT;
    }
    if (e instanceof ServerException || e instanceof StoreException) {
      err.println("icp: " + e.getMessage());
      printTraceIf(verbose, e, err);
      return BAD_INPUT;
    }
    if (e instanceof ParameterException) {
      return onParameters((ParameterException) e, new String[0]);
    }
    err.println("icp: failed: " + e + (verbose ? "" : " (run again with --verbose for details)"));
    printTraceIf(verbose, e, err);
    return FAILURE;
  }

  static int onParameters(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println("icp: " + e.getMessage() + " (see " + name + " --help)");
    return BAD_INPUT;
  }

  private static boolean isVerbose(ParseResult parseResult) {
    ParseResult current = parseResult;
    while (current != null) {
      if (current.hasMatchedOption("--verbose")) {
        return true;
      }
      current = current.subcommand();
    }
    return false;
  }

  private static void printTraceIf(boolean verbose, Exception e, PrintWriter err) {
    if (verbose) {
      e.printStackTrace(err);
    }
  }
}
