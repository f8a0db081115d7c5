package org.icpengine.cli.drift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.InputOptions;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.drift.Drift;
import org.icpengine.data.drift.DriftJson;
import org.icpengine.data.drift.DriftReport;
import org.icpengine.data.drift.Periods;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code icp drift --icp DIR --reference FILE|YAML --current FILE|YAML} or {@code icp drift --icp
 * DIR --sources YAML --window 12m}: has the ICP's model drifted?
 */
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
            + " significant (q < 0.05) and large enough to matter (PSI ≥ 0.1 or JS ≥ 0.05). Each"
            + " side is a file or a sources.yaml; or one sources.yaml's accounts split by date"
            + " into the recent --window and everything before it. See docs/drift.md.")
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
      paramLabel = "FILE|YAML",
      description =
          "Accounts the ICP was derived from (or an earlier period): the baseline; a table file,"
              + " or a sources.yaml whose linked exports are assembled")
  Path reference;

  @Option(
      names = "--current",
      paramLabel = "FILE|YAML",
      description =
          "Recent accounts to check against the reference; a table file or a sources.yaml")
  Path current;

  @Option(
      names = "--sources",
      paramLabel = "YAML",
      description =
          "Instead of --reference and --current: assemble these linked exports and split their"
              + " accounts by date (--window, --split-by)")
  Path sources;

  @Option(
      names = "--window",
      paramLabel = "SPAN|DATE",
      description =
          "With --sources: the recent period, as a length before the latest date (6m, 12m, 1y,"
              + " 90d) or its first day (2025-01-15); the accounts dated before it are the"
              + " reference")
  String window;

  @Option(
      names = "--split-by",
      paramLabel = "COLUMN",
      description =
          "With --sources: the accounts' date column that places them in a period (default:"
              + " customer_since, the first won deal, order or subscription)")
  String splitBy;

  @Option(names = "--json", description = "Print the report as JSON (see docs/drift.md)")
  boolean json;

  @Mixin InputOptions input;

  /** Creates the command, writing to the given console. */
  public DriftCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    DriftInputs.check(reference, current, sources, window);
    try (DriftInputs inputs = inputs()) {
      inputs.periods().ifPresent(p -> PeriodsText.print(p, console.err()));
      DatasetOptions options = SourcesInput.under(input.datasetOptions(), inputs.mapping());
      DriftReport report =
          console.withProgress(
              "drift",
              progress ->
                  Drift.check(
                      icp, inputs.reference(), inputs.current(), options.withProgress(progress)));
      if (json) {
        ObjectNode root = DriftJson.of(report);
        inputs.periods().ifPresent(p -> root.set("periods", PeriodsText.json(p)));
        console.out().println(root.toPrettyString());
      } else {
        DriftText.print(report, console.out());
      }
    }
    return Failures.OK;
  }

  private DriftInputs inputs() {
    if (sources != null) {
      return DriftInputs.periods(
          sources, Periods.Window.parse(window), Optional.ofNullable(splitBy), console);
    }
    return DriftInputs.pair(reference, current, console);
  }
}
