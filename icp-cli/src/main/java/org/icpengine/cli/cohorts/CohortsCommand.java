package org.icpengine.cli.cohorts;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.GrainOption;
import org.icpengine.cli.InputOptions;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp cohorts FILE --by COL[,COL]}: customer economics per cohort. */
@Command(
    name = "cohorts",
    mixinStandardHelpOptions = true,
    description = {
      "Customer economics per cohort: accounts, share, ideal rate and its lift, LTV (mean, "
          + "median), NRR, CAC, LTV:CAC, churn and win rate, each with a 95%% confidence interval "
          + "and a test against the rest of the accounts (* marks p < 0.05).",
      "Numeric columns are banded (business bands for employees and revenue, else quintiles); "
          + "multi-valued columns give one cohort per item."
    })
public final class CohortsCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description = "CSV/TSV, .xlsx, .parquet, .json or .jsonl (or --sources)")
  Path file;

  @Option(
      names = "--by",
      paramLabel = "COL",
      split = ",",
      splitSynopsisLabel = ",",
      required = true,
      description = "Column(s) whose values form the cohorts, as named in the file")
  List<String> by;

  @Option(
      names = "--ideal",
      paramLabel = "EXPR",
      description = {
        "SQL boolean expression over the file's columns that marks ideal accounts, e.g. "
            + "\"ltv >= quantile_cont(ltv, 0.75) OVER () AND churned = 'no'\": column names, "
            + "literals, operators, CASE, CAST and the functions listed in docs/cohorts.md. "
            + "Default: the "
            + "won/converted column if there is one, else the top quartile of LTV (or revenue) "
            + "among accounts that did not churn, with LTV:CAC >= 3 when CAC exists."
      })
  String ideal;

  @Option(names = "--json", description = "Print the cohorts as JSON")
  boolean json;

  @Mixin GrainOption grain;

  @Mixin InputOptions input;

  @Mixin SourcesInput linked;

  /** Creates the command, writing to the given console. */
  public CohortsCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    try (SourcesInput.Resolved resolved = linked.resolve(file, console)) {
      return run(resolved.file());
    }
  }

  private Integer run(Path file) {
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      CohortReport report =
          console.withProgress(
              "cohorts",
              progress -> {
                Dataset dataset =
                    Dataset.open(engine, file, linked.datasetOptions(input).withProgress(progress));
                grain.check(dataset);
                IdealDefinition definition = Ideals.evaluate(dataset, Optional.ofNullable(ideal));
                return Cohorts.compute(dataset, by, definition);
              });
      if (json) {
        console.out().println(CohortJson.of(report).toPrettyString());
      } else {
        CohortText.print(report, console.out());
      }
    }
    return Failures.OK;
  }
}
