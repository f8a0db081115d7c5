package org.icpengine.cli.evaluate;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.FitTrainingOptions;
import org.icpengine.cli.GrainOption;
import org.icpengine.cli.InputOptions;
import org.icpengine.cli.OutcomeOptions;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.Dataset;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.model.document.ScoreModelJson;
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
            + " logistic-regression scorecard trained on the same rows. The fit score is trained"
            + " as icp derive trains it, disqualifiers included, so the tiers equal the"
            + " report's on the same file and seed.")
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
      DeriveOptions derive =
          new DeriveOptions(
              outcomes.ideal(dataset),
              outcomes.excluded(),
              outcomes.reincluded(),
              1,
              seed,
              options);
      Derivation.Judged judged =
          console.withProgress(
              "evaluate", progress -> Derivation.evaluate(dataset, derive, progress));
      FitTraining.Result result = judged.fit();
      IdealDefinition definition = judged.ideal();
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
