package org.icpengine.cli.assemble;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.data.InputException;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code icp assemble sources.yaml --out accounts.parquet}: one row per account from linked
 * exports.
 */
@Command(
    name = "assemble",
    mixinStandardHelpOptions = true,
    description =
        "Link the exports a sources.yaml lists (see icp sources init) to the accounts by key,"
            + " domain or company name, and write the account table: one row per account with its"
            + " attributes and the economics the sources allow. Prints how every file linked.")
public final class AssembleCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(paramLabel = "SOURCES", description = "The sources.yaml describing the exports")
  Path sources;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      required = true,
      description = "The account table to write: .parquet or .csv (written whole or not at all)")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "Attributes from records before DATE, outcomes after (default: options.as_of, else the"
              + " latest date in the data minus the outcome window)")
  String asOf;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Creates the command, writing to the given console. */
  public AssembleCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    Optional<LocalDate> date;
    try {
      date = Optional.ofNullable(asOf).map(SourcesFile::date);
    } catch (IllegalArgumentException e) {
      throw new InputException("--as-of: " + e.getMessage(), e);
    }
    SourcesAssembly.Result result = SourcesAssembly.write(sources, date, out);
    AssemblyText.print(result, console.out());
    console.out().println("Written: " + result.file());
    return Failures.OK;
  }
}
