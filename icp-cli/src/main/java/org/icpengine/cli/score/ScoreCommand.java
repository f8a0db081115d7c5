package org.icpengine.cli.score;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.percent;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.InputOptions;
import org.icpengine.cli.SourcesInput;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.ColumnMatch;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.personas.TitleRules;
import org.icpengine.model.scoring.ScoreModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp score FILE --icp icp.json --out OUT}: score every row with the ICP's fit model. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description =
        "Score every account of a file with a derived ICP: each row, in input order and with its"
            + " original columns, gets icp_score (0–100; 50 is an average account), icp_tier (A"
            + " best … D) and icp_reasons (the points of the largest contributions; they add up"
            + " to the score), plus icp_engagement_score when the ICP has one and then"
            + " icp_priority (fit and engagement in one ranking, its icp_priority_reasons naming"
            + " each reason's side) and icp_grade (fit tier × engagement level, A-high … D-low),"
            + " icp_coverage (the"
            + " share of the model's weight known) and icp_status. Unknown values and columns the"
            + " file lacks are worth 0 points; rows with too little known keep their place with an"
            + " empty score and tier (status insufficient_data).")
public final class ScoreCommand implements Callable<Integer> {
  private final Console console;

  @Parameters(
      arity = "0..1",
      paramLabel = "FILE",
      description =
          "Accounts to score: CSV/TSV, .xlsx, .parquet, .json (or --sources); with --contacts, a"
              + " contacts export")
  Path file;

  @Option(
      names = "--icp",
      paramLabel = "ICP",
      required = true,
      description = "The icp.json that icp derive wrote (or its folder)")
  Path icp;

  @Option(
      names = "--out",
      paramLabel = "OUT",
      required = true,
      description = "File to write (written whole or not at all)")
  Path out;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "csv, parquet, hubspot or salesforce (default: parquet for a .parquet OUT, else csv);"
              + " see docs/scoring.md for the CRM layouts")
  String format;

  @Option(
      names = "--keep-formulas",
      description =
          "Leave cells and headers that start with = + - @, a tab or a carriage return as they"
              + " are in csv, hubspot and salesforce output (by default they get a leading"
              + " apostrophe so that a spreadsheet shows them rather than runs them)")
  boolean keepFormulas;

  @Option(
      names = "--column",
      paramLabel = "MODEL=FILE",
      description =
          "The file's name for a model column, overriding the automatic match (same name, same"
              + " but for case and punctuation, Salesforce/HubSpot synonym, else mostly the"
              + " model's values), e.g. --column \"Industry=Sector\" (repeatable)")
  java.util.Map<String, String> columns = new java.util.LinkedHashMap<>();

  @Option(
      names = "--market",
      description =
          "The file is a market (accounts with no outcome, e.g. a data vendor's list): give scored"
              + " accounts with a value the customers never had the status outside_support (the"
              + " columns at the end of icp_reasons; an icp.json derived before the support was"
              + " recorded flags none) and report the accounts and expected ideal accounts per"
              + " tier from the calibrated score; see docs/scoring.md")
  boolean market;

  @Option(
      names = "--market-json",
      paramLabel = "REPORT",
      description = "Also write the market report as JSON to REPORT (implies --market)")
  Path marketJson;

  @Option(
      names = "--contacts",
      description =
          "Score contacts instead of accounts: FILE is a contacts export with the columns"
              + " sources.yaml names for its contacts (without FILE, the contacts sources.yaml"
              + " lists); each gets its title's function and seniority, its account's tier,"
              + " contact_fit (0–100) with its reasons and the account's committee gaps, from the"
              + " won and lost committees of --sources (needed) as icp personas --score-contacts"
              + " writes them; see docs/personas.md")
  boolean contacts;

  @Option(
      names = "--rules",
      paramLabel = "RULES",
      description = "With --contacts: more title rules, as for icp titles (see docs/titles.md)")
  Path rules;

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      defaultValue = "duckdb",
      description =
          "duckdb (default: the embedded engine) or spark: the icp-spark module's job in a child"
              + " JVM, OUT then a folder of csv or parquet parts (docs/spark.md)")
  String engine;

  @Option(
      names = "--master",
      paramLabel = "URL",
      defaultValue = "local[*]",
      description = "With --engine spark: the Spark master (default local[*], every core here)")
  String master;

  @Mixin InputOptions input;

  @Mixin SourcesInput linked;

  /** Creates the command, writing to the given console. */
  public ScoreCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    if (contacts || rules != null) {
      return contacts().run(console);
    }
    try (SourcesInput.Resolved resolved = linked.resolve(file, console)) {
      return run(resolved.file());
    }
  }

  private Integer run(Path file) {
    OutputFormat layout = format();
    if (engine.equals("spark")) {
      return spark(file, layout);
    }
    if (!engine.equals("duckdb")) {
      throw new InputException("--engine " + engine + " is not known: use duckdb or spark");
    }
    ScoreModel model = ModelFile.read(icp);
    boolean scoringMarket = market || marketJson != null;
    if (marketJson != null) {
      MarketReport.checkWritable(marketJson, out);
    }
    BatchScorer.Summary summary;
    try (Engine engine = Engine.open(Engine.streamingMemoryLimit(), EngineAccess.reading(file))) {
      summary =
          console.withProgress(
              "score",
              progress ->
                  new BatchScorer(engine, scoringMarket)
                      .score(
                          file,
                          input.datasetOptions().read(),
                          model,
                          new BatchScorer.Output(out, layout, keepFormulas, columns),
                          progress));
    }
    if (!summary.missingColumns().isEmpty()) {
      console
          .err()
          .println(
              "warning: not scored on: "
                  + String.join(", ", summary.missingColumns())
                  + " ("
                  + file.getFileName()
                  + " lacks "
                  + (summary.missingColumns().size() == 1 ? "it" : "them")
                  + "): 0 points from "
                  + (summary.missingColumns().size() == 1 ? "it" : "them")
                  + " on every row");
    }
    summary.matches().stream()
        .filter(ColumnMatch::renamed)
        .forEach(match -> console.err().println(match.describe()));
    if (!summary.replacedColumns().isEmpty()) {
      console
          .err()
          .println(
              "warning: "
                  + file.getFileName()
                  + " already had "
                  + String.join(", ", summary.replacedColumns())
                  + ": replaced by the new scores in the output (the input file is unchanged)");
    }
    if (!summary.skipped().isEmpty()) {
      console
          .err()
          .println(
              "warning: "
                  + summary.skipped().size()
                  + " rows of "
                  + file.getFileName()
                  + " could not be read ("
                  + summary.skipped().get(0).describe().replaceFirst(": skipped$", "")
                  + (summary.skipped().size() > 1 ? ", …" : "")
                  + "): kept in their places unscored, with the line in icp_reasons; fix them, or"
                  + " check --delimiter");
    }
    print(summary);
    if (summary.market().isPresent()) {
      MarketReport.print(summary.market().get(), console.out());
      if (marketJson != null) {
        MarketReport.write(summary.market().get(), marketJson);
        console.out().println("Market report: " + marketJson);
      }
    }
    if (model.priority().isEmpty()) {
      console
          .out()
          .println(
              "No engagement score in this ICP (no behavioural columns): the fit score is the"
                  + " priority, so icp_priority and icp_grade are not written");
    }
    return Failures.OK;
  }

  /** Scores on Spark in a child JVM; the job prints its own one-line errors (exit 2). */
  private Integer spark(Path file, OutputFormat layout) {
    if (layout != OutputFormat.CSV && layout != OutputFormat.PARQUET) {
      throw new InputException("--engine spark writes csv or parquet, not " + layout.key());
    }
    if (!columns.isEmpty() || keepFormulas) {
      throw new InputException(
          "--engine spark matches columns by name and writes cells as they are: drop --column"
              + " and --keep-formulas");
    }
    if (marketJson != null) {
      throw new InputException(
          "--engine spark flags outside_support rows with --market but writes no market report:"
              + " drop --market-json, or score with the default engine");
    }
    ModelFile.read(icp); // a bad icp.json is refused here, in one line, before Spark starts
    java.util.List<String> command =
        SparkEngine.command(
            SparkEngine.dir(), icp, file, out, layout.key().toLowerCase(Locale.ROOT), master);
    if (market) {
      command.add("--market");
    }
    int status = SparkEngine.run(command);
    if (status == Failures.OK) {
      console.out().println("Written: " + out + " (a folder of " + layout.key() + " parts)");
    }
    return status;
  }

  private void print(BatchScorer.Summary summary) {
    StringBuilder tiers = new StringBuilder();
    for (String tier : new String[] {"A", "B", "C", "D"}) {
      long n = summary.tiers().getOrDefault(tier, 0L);
      tiers
          .append(tiers.length() == 0 ? "" : ", ")
          .append(tier)
          .append(' ')
          .append(count(n))
          .append(" (")
          .append(percent(summary.rows() == 0 ? 0 : (double) n / summary.rows()))
          .append(')');
    }
    console.out().println("Scored " + count(summary.rows()) + " rows: " + tiers);
    if (summary.unscored() > 0) {
      console
          .out()
          .println(
              count(summary.unscored())
                  + " rows not scored (insufficient_data: too little of the model known, see"
                  + " icp_coverage): kept with an empty score and tier");
    }
    if (summary.neutralised() > 0) {
      console
          .out()
          .println(
              count(summary.neutralised())
                  + " cells that a spreadsheet would run as formulas were given a leading"
                  + " apostrophe (--keep-formulas to leave them)");
    }
    console.out().println("Written: " + out);
  }

  private ContactsScore contacts() {
    if (!contacts) {
      throw new InputException("--rules is for scoring contacts: add --contacts, or drop --rules");
    }
    if (linked.sources().isEmpty()) {
      throw new InputException(
          "--contacts needs --sources sources.yaml: the won and lost committees and the accounts'"
              + " tiers come from the linked exports it lists");
    }
    if (!columns.isEmpty() || keepFormulas || market || marketJson != null) {
      throw new InputException(
          "--column, --keep-formulas and --market are for scoring accounts: drop them with"
              + " --contacts");
    }
    return new ContactsScore(
        linked.sources().get(),
        icp,
        Optional.ofNullable(file),
        out,
        format(),
        TitleRules.builtInAnd(Optional.ofNullable(rules)));
  }

  private OutputFormat format() {
    if (format == null) {
      return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")
          ? OutputFormat.PARQUET
          : OutputFormat.CSV;
    }
    for (OutputFormat candidate : OutputFormat.values()) {
      if (candidate.key().equalsIgnoreCase(format)) {
        return candidate;
      }
    }
    throw new InputException(
        "--format " + format + " is not known: use csv, parquet, hubspot or salesforce");
  }
}
