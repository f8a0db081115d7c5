package org.icpengine.cli.derive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.FitTrainingOptions;
import org.icpengine.cli.GrainOption;
import org.icpengine.cli.InputOptions;
import org.icpengine.cli.OutcomeOptions;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpDefinition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp derive FILE --out DIR}: discover the ICP's traits and write DIR/icp.json. */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description =
        "Derive the Ideal Customer Profile: the traits and trait combinations (up to three) that"
            + " mark ideal customers and those that disqualify, each with its lift, confidence"
            + " interval, q-value, economics and use; the ICP's coverage and a plain-language"
            + " summary; and the fit score (0–100, tiers A–D) judged on held-out accounts against a"
            + " scorecard baseline. Writes DIR/icp.json and DIR/report.html, a self-contained page"
            + " to share.")
public final class DeriveCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "Customers with outcomes: CSV/TSV, .xlsx, .parquet, .json (or --sources)")
  Path file;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Folder to write icp.json and report.html into (created if missing)")
  Path out;

  @Mixin OutcomeOptions outcomes;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      defaultValue = "3",
      description = "Most traits in one segment, 1 to 3 (default: ${DEFAULT-VALUE})")
  int maxDepth;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description =
          "Seed of the discovery/confirmation split and of the fit score (default:"
              + " ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--prospects",
      paramLabel = "FILE",
      description =
          "Prospects to count per tier on the report's page one, scored as icp score scores them")
  Path prospects;

  @Mixin FitTrainingOptions training;

  @Mixin GrainOption grain;

  @Mixin InputOptions input;

  @Mixin SourcesInput linked;

  /** Creates the command, writing to the given console. */
  public DeriveCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    try (SourcesInput.Resolved resolved = linked.resolve(file, console)) {
      return run(resolved.file());
    }
  }

  private Integer run(Path file) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InputException(out + " is a file: give --out a folder");
    }
    if (maxDepth < 1 || maxDepth > 3) {
      throw new InputException("--max-depth must be 1, 2 or 3, not " + maxDepth);
    }
    outcomes.ideal();
    if (prospects != null && !Files.isRegularFile(prospects)) {
      throw new InputException(
          "--prospects " + prospects + " is not a file: give the prospects export to count");
    }
    var fit = training.fitOptions(seed);
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset =
          console.withProgress(
              "read",
              progress -> {
                Dataset opened =
                    Dataset.open(engine, file, linked.datasetOptions(input).withProgress(progress));
                outcomes.check(opened);
                grain.check(opened);
                return opened;
              });
      DeriveOptions options =
          new DeriveOptions(
              outcomes.ideal(dataset),
              outcomes.excluded(),
              outcomes.reincluded(),
              maxDepth,
              seed,
              fit);
      IcpDefinition icp =
          console.withProgress(
              "derive",
              progress -> Derivation.derive(dataset, file, options, Clock.systemUTC(), progress));
      List<Path> written =
          IcpOutputs.write(
              dataset,
              icp,
              out,
              linked.sources(),
              java.util.Optional.ofNullable(prospects),
              linked.enrichment());
      IcpText.print(icp, console.out());
      console.out().println();
      written.forEach(path -> console.out().println("Written: " + path));
      if (!icp.usability().usable()) {
        console.err().println("warning: this ICP is not usable: " + icp.usability().reason());
      }
    }
    return Failures.OK;
  }
}
