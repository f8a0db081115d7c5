package org.icpengine.cli.sources;

import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code icp sources init DIR} and {@code icp sources review SOURCES}: the group of commands about
 * a company's linked exports.
 */
@Command(
    name = "sources",
    mixinStandardHelpOptions = true,
    description =
        "Linked exports (accounts, opportunities, billing, contacts, touches, surveys,"
            + " enrichment).")
public final class SourcesCommand implements Callable<Integer> {
  private final Console console;

  @Spec CommandSpec spec;

  /** Creates the command, writing to the given console. */
  public SourcesCommand(Console console) {
    this.console = console;
  }

  /** Returns the command with its subcommands, writing to the console. */
  public static CommandLine commandLine(Console console) {
    return new CommandLine(new SourcesCommand(console))
        .addSubcommand(new SourcesInitCommand(console))
        .addSubcommand(new SourcesReviewCommand(console));
  }

  @Override
  public Integer call() {
    console.err().println("icp: say init or review (see icp sources --help)");
    return Failures.BAD_INPUT;
  }
}
