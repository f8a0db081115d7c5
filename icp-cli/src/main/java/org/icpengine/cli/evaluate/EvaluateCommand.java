package org.icpengine.cli.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.FitTrainingOptions;
import org.icpengine.cli.InputOptions;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.fit.ScoreModelJson;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.profile.ColumnNames;
import org.icpengine.data.traits.TraitColumns;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp evaluate FILE}: how good the fit score is, on held-out accounts. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description =
        "Judge the fit score on a stratified held-out part of the file: AUC, top-decile lift,"
            + " share of ideal accounts captured by tier A and A+B, ideal rate per tier observed"
            + " vs expected, Brier score and calibration slope — beside a weight-of-evidence"
            + " logistic-regression scorecard trained on the same rows.")
public final class EvaluateCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      paramLabel = "FILE",
      description = "Customers with outcomes: CSV/TSV, .xlsx, .parquet, .json")
  Path file;

  @Option(
      names = "--ideal",
      paramLabel = "EXPR",
      description =
          "SQL boolean expression that marks ideal accounts (default: see icp cohorts --help)")
  String ideal;

  @Option(
      names = "--exclude",
      paramLabel = "COL",
      split = ",",
      splitSynopsisLabel = ",",
      description = "Columns never used by the score")
  List<String> exclude = List.of();

  @Option(
      names = "--include-leaky",
      paramLabel = "COL",
      split = ",",
      splitSynopsisLabel = ",",
      description = "Likely-leaky columns to use all the same")
  List<String> includeLeaky = List.of();

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the held-out split and of training (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--json", description = "Print the figures as JSON")
  boolean json;

  @Mixin FitTrainingOptions training;

  @Mixin InputOptions input;

  /** Creates the command, writing to the given console. */
  public EvaluateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    var options = training.fitOptions(seed);
    try (Engine engine = Engine.open()) {
      Dataset dataset =
          console.withProgress(
              "read",
              progress ->
                  Dataset.open(engine, file, input.datasetOptions().withProgress(progress)));
      for (String column : exclude) {
        requireColumn(dataset, column, "--exclude");
      }
      for (String column : includeLeaky) {
        requireColumn(dataset, column, "--include-leaky");
      }
      IdealDefinition definition = Ideals.evaluate(dataset, Optional.ofNullable(ideal));
      if (definition.idealRows() < Derivation.MIN_IDEAL) {
        throw new InputException(
            "only "
                + definition.idealRows()
                + " accounts are ideal; at least "
                + Derivation.MIN_IDEAL
                + " are needed to learn from: loosen --ideal or add customers");
      }
      TraitColumns.Choice choice =
          TraitColumns.choose(dataset, definition, Set.copyOf(exclude), Set.copyOf(includeLeaky));
      FitTraining.Result result =
          console.withProgress(
              "evaluate",
              progress -> {
                progress.step(1, 1, "training the fit score and the baseline");
                return FitTraining.train(dataset, choice.used(), List.of(), options);
              });
      if (json) {
        console.out().println(ScoreModelJson.of(result.evaluation()).toPrettyString());
      } else {
        console.out().println("Ideal: " + definition.description());
        console.out().println();
        EvaluationText.print(result.evaluation(), console.out());
      }
    }
    return Failures.OK;
  }

  private static void requireColumn(Dataset dataset, String column, String option) {
    if (dataset.column(column).isEmpty()) {
      throw new InputException(
          option
              + " names column '"
              + column
              + "', which the file does not have"
              + ColumnNames.suggestion(column, dataset.columns())
              + ": run icp profile FILE to see the columns");
    }
  }
}
