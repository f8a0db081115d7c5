package org.icpengine.cli.drift;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.InputOptions;
import org.icpengine.data.drift.Drift;
import org.icpengine.data.drift.DriftJson;
import org.icpengine.data.drift.DriftReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code icp drift --icp DIR --reference FILE --current FILE}: has the ICP's model drifted? */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description =
        "Check whether the ICP's score model still describes the accounts: population drift of"
            + " each model attribute on the model's own bins (PSI, Jensen–Shannon distance, a χ²"
            + " or permutation test, Benjamini–Hochberg q-values), score drift (tier mix, score"
            + " deciles, expected share of ideal accounts) and performance decay (AUC, top-decile"
            + " lift, observed vs expected ideal rate per tier; estimates when the current file"
            + " has no outcomes) and what changed in the traits (discovery re-run on both files:"
            + " strengthened, weakened, appeared, vanished). An alarm needs a shift both"
            + " significant (q < 0.05) and large enough to matter (PSI ≥ 0.1 or JS ≥ 0.05). See"
            + " docs/drift.md.")
public final class DriftCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--icp",
      paramLabel = "DIR",
      required = true,
      description = "The icp.json that icp derive wrote, or its folder")
  Path icp;

  @Option(
      names = "--reference",
      paramLabel = "FILE",
      required = true,
      description = "Accounts the ICP was derived from (or an earlier period): the baseline")
  Path reference;

  @Option(
      names = "--current",
      paramLabel = "FILE",
      required = true,
      description = "Recent accounts to check against the reference")
  Path current;

  @Option(names = "--json", description = "Print the report as JSON (see docs/drift.md)")
  boolean json;

  @Mixin InputOptions input;

  /** Creates the command, writing to the given console. */
  public DriftCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    DriftReport report =
        console.withProgress(
            "drift",
            progress ->
                Drift.check(
                    icp, reference, current, input.datasetOptions().withProgress(progress)));
    if (json) {
      console.out().println(DriftJson.of(report).toPrettyString());
    } else {
      DriftText.print(report, console.out());
    }
    return Failures.OK;
  }
}
