package org.icpengine.cli.funnel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.abm.Abm;
import org.icpengine.data.abm.AbmJson;
import org.icpengine.data.abm.AbmList;
import org.icpengine.data.abm.AbmOptions;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelJson;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.model.scoring.ScoreModel;
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

  @Option(
      names = "--segment",
      paramLabel = "EXPR",
      description =
          "Only the opportunities of accounts inside a segment, written in the ideal language over"
              + " the accounts' columns, e.g. \"Industry = 'Fintech' AND Country = 'Germany'\"")
  String segment;

  @Option(
      names = "--abm",
      paramLabel = "PROSPECTS",
      description =
          "Also rank a prospect or market file for ABM: fit tier, then the tier's expected CAC,"
              + " then engagement, then fit score (docs/funnel.md, \"ABM\"); needs --by with"
              + " tier")
  Path abm;

  @Option(
      names = "--top",
      paramLabel = "N",
      defaultValue = "100",
      description = "How many ABM targets to list and write (default 100)")
  int top;

  @Option(
      names = "--abm-out",
      paramLabel = "FILE",
      description = "Write the ABM list to FILE for a CRM import (whole or not at all)")
  Path abmOut;

  @Option(
      names = "--abm-format",
      paramLabel = "LAYOUT",
      defaultValue = "csv",
      description = "The ABM file's layout: csv, hubspot or salesforce (default csv)")
  String abmFormat;

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
    Optional<AbmOptions> abmOptions = abmOptions();
    if (out != null) {
      AtomicFiles.checkWritable(out);
    }
    ScoreModel model = ModelFile.read(icp);
    FunnelReport report =
        console.withProgress("funnel", progress -> Funnel.run(sources, model, options));
    Optional<AbmList> list =
        abmOptions.map(
            o -> console.withProgress("abm", progress -> Abm.rank(abm, model, report, o)));
    ObjectNode node = FunnelJson.of(report);
    list.ifPresent(l -> node.set("abm", AbmJson.of(l)));
    if (out != null) {
      FunnelJson.write(node, out);
    }
    if (json) {
      console.out().println(FunnelJson.text(node));
    } else {
      FunnelText.print(report, console.out());
      list.ifPresent(l -> TeamText.abm(l, console.out()));
      if (out != null) {
        console.out().println("Written: " + out);
      }
      if (abmOut != null) {
        console.out().println("Written: " + abmOut);
      }
    }
    return Failures.OK;
  }

  private Optional<AbmOptions> abmOptions() {
    if (abm == null) {
      if (abmOut != null) {
        throw new InputException("--abm-out needs --abm PROSPECTS: the file to rank");
      }
      return Optional.empty();
    }
    try {
      OutputFormat format =
          Arrays.stream(OutputFormat.values())
              .filter(f -> f.key().equals(abmFormat.strip().toLowerCase(Locale.ROOT)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--abm-format is csv, hubspot or salesforce, not " + abmFormat));
      AbmOptions o = new AbmOptions(top, format, Optional.ofNullable(abmOut));
      o.out().ifPresent(AtomicFiles::checkWritable);
      return Optional.of(o);
    } catch (IllegalArgumentException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private FunnelOptions options() {
    try {
      FunnelOptions.Builder builder =
          FunnelOptions.builder()
              .by(FunnelDimension.parseList(by))
              .cohort(CohortPeriod.parse(cohort))
              .segment(segment);
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
