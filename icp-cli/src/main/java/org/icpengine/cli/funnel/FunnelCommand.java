package org.icpengine.cli.funnel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelJson;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.sources.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icp funnel --sources sources.yaml --icp DIR}: the funnel by ICP tier. */
@Command(
    name = "funnel",
    mixinStandardHelpOptions = true,
    description =
        "The funnel by ICP tier: every opportunity of the linked exports scored with the ICP (its"
            + " account's attributes, engagement from the touches before it was created) and"
            + " placed in its tier; per tier, channel or both, with 95 %% intervals and a test"
            + " against the rest: stage conversions, win rate on closed deals, median cycle, deal"
            + " sizes, pipeline, bookings, CAC, LTV:CAC and payback; the share of pipeline and"
            + " bookings from A+B; the missed list (won deals placed in C/D, tier-A deals lost);"
            + " cohorts by creation period; the forecast of bookings and 12-month revenue from the"
            + " open pipeline. See docs/funnel.md.")
public final class FunnelCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--sources",
      paramLabel = "SOURCES",
      required = true,
      description = "The sources.yaml describing the exports; it needs opportunities with a stage")
  Path sources;

  @Option(
      names = "--icp",
      paramLabel = "DIR",
      required = true,
      description = "The icp.json that icp derive wrote, or its folder")
  Path icp;

  @Option(
      names = "--by",
      paramLabel = "CUT",
      defaultValue = "tier",
      description =
          "What to cut by: tier, grade, channel, tier,channel or grade,channel (default tier)")
  String by;

  @Option(
      names = "--cohort",
      paramLabel = "PERIOD",
      defaultValue = "month",
      description = "Cohorts by creation month or quarter (default month)")
  String cohort;

  @Option(
      names = "--shift",
      paramLabel = "X",
      description = "Scenario: shift X %% of new pipeline from tiers C/D to A/B (0–100)")
  Double shift;

  @Option(
      names = "--stages",
      paramLabel = "LIST",
      description =
          "The open stages in funnel order, separated by commas (default: from the stage names,"
              + " else from the data)")
  String stages;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "Forecast the open pipeline from DATE (default: the latest date in the data)")
  String asOf;

  @Option(names = "--json", description = "Print the funnel as JSON (see docs/funnel.md)")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write the JSON to FILE (whole or not at all)")
  Path out;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Creates the command, writing to the given console. */
  public FunnelCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    FunnelOptions options = options();
    if (out != null) {
      AtomicFiles.checkWritable(out);
    }
    FunnelReport report =
        console.withProgress("funnel", progress -> Funnel.run(sources, icp, options));
    if (out != null) {
      FunnelJson.write(report, out);
    }
    if (json) {
      console.out().println(FunnelJson.text(report));
    } else {
      FunnelText.print(report, console.out());
      if (out != null) {
        console.out().println("Written: " + out);
      }
    }
    return Failures.OK;
  }

  private FunnelOptions options() {
    try {
      FunnelOptions.Builder builder =
          FunnelOptions.builder()
              .by(FunnelDimension.parseList(by))
              .cohort(CohortPeriod.parse(cohort));
      if (shift != null) {
        builder.shift(shift);
      }
      if (stages != null) {
        List<String> list =
            Arrays.stream(stages.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        builder.stages(list);
      }
      if (asOf != null) {
        LocalDate day = SourcesFile.date(asOf);
        builder.asOf(day);
      }
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
