package org.icpengine.cli.evaluate;

import java.nio.file.Path;
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
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.fit.ScoreModelJson;
import org.icpengine.data.icp.Derivation;
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
      arity = "0..1",
      paramLabel = "FILE",
      description = "Customers with outcomes: CSV/TSV, .xlsx, .parquet, .json (or --sources)")
  Path file;

  @Mixin OutcomeOptions outcomes;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the held-out split and of training (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--json", description = "Print the figures as JSON")
  boolean json;

  @Mixin FitTrainingOptions training;

  @Mixin GrainOption grain;

  @Mixin InputOptions input;

  @Mixin SourcesInput linked;

  /** Creates the command, writing to the given console. */
  public EvaluateCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    try (SourcesInput.Resolved resolved = linked.resolve(file, console)) {
      return run(resolved.file());
    }
  }

  private Integer run(Path file) {
    var options = training.fitOptions(seed);
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset =
          console.withProgress(
              "read",
              progress ->
                  Dataset.open(engine, file, linked.datasetOptions(input).withProgress(progress)));
      outcomes.check(dataset);
      grain.check(dataset);
      IdealDefinition definition = Ideals.evaluate(dataset, outcomes.ideal());
      if (definition.idealRows() < Derivation.MIN_IDEAL) {
        throw new InputException(
            "only "
                + definition.idealRows()
                + " accounts are ideal; at least "
                + Derivation.MIN_IDEAL
                + " are needed to learn from: loosen --ideal or add customers");
      }
      TraitColumns.Choice choice =
          TraitColumns.choose(dataset, definition, outcomes.excluded(), outcomes.reincluded());
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
}
