package org.icpengine.cli.segmentcheck;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.InputOptions;
import org.icpengine.data.drift.SegmentCheck;
import org.icpengine.data.drift.SegmentJson;
import org.icpengine.data.drift.SegmentReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp segment-check --icp DIR FILE --segment EXPR}: does a segment fit the ICP? */
@Command(
    name = "segment-check",
    mixinStandardHelpOptions = true,
    description =
        "Judge whether a segment of accounts fits the ICP: the score's top-tier lift, calibration"
            + " (observed vs expected ideal rate) and tier mix inside the segment against every"
            + " other account, with intervals and a minimum sample size, and one verdict: fits"
            + " the ICP, fits with an override (add trait X), needs its own derivation, or too few"
            + " accounts to tell. The file needs the outcomes the ICP's ideal definition reads."
            + " See docs/drift.md.")
public final class SegmentCheckCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      paramLabel = "FILE",
      description = "Accounts with outcomes: CSV/TSV, .xlsx, .parquet, .json")
  Path file;

  @Option(
      names = "--icp",
      paramLabel = "DIR",
      required = true,
      description = "The icp.json that icp derive wrote, or its folder")
  Path icp;

  @Option(
      names = "--segment",
      paramLabel = "EXPR",
      required = true,
      description =
          "The segment, in the --ideal expression language, e.g. \"region = 'APAC' AND"
              + " employees >= 200\"")
  String segment;

  @Option(names = "--json", description = "Print the figures as JSON (see docs/drift.md)")
  boolean json;

  @Mixin InputOptions input;

  /** Creates the command, writing to the given console. */
  public SegmentCheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    SegmentReport report =
        console.withProgress(
            "segment-check",
            progress ->
                SegmentCheck.check(
                    icp, file, segment, input.datasetOptions().withProgress(progress)));
    if (json) {
      console.out().println(SegmentJson.of(report).toPrettyString());
    } else {
      SegmentText.print(report, console.out());
    }
    return Failures.OK;
  }
}
