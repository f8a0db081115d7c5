package org.icpengine.cli.demo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.cli.cohorts.CohortJson;
import org.icpengine.cli.cohorts.CohortText;
import org.icpengine.cli.derive.IcpOutputs;
import org.icpengine.cli.derive.IcpText;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.ColumnMatch;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.profile.MappingFile;
import org.icpengine.data.profile.ProfileJson;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code icp demo}: the whole pipeline, as far as it exists, on bundled sample data generated with
 * a fixed seed: profile, then cohort economics of customers and of deals, then the linked exports
 * through sources init, assemble and derive ({@link LinkedDemo}).
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the pipeline on sample data of a fictional B2B SaaS company (generated with a fixed "
            + "seed, messy like real exports, with a planted ideal customer profile): profile the "
            + "customers, derive their ICP (icp/icp.json, icp/report.html), then show customer economics by "
            + "industry, employees, tech stack and country, and the win rate of deals by industry;"
            + " then take its linked exports (linked/, with a technographic vendor's file) through"
            + " sources init, assemble and derive (sources.yaml, linked-accounts.parquet,"
            + " linked-icp/), and score its prospects without and with the vendor's tech stack"
            + " (prospects-enriched-scored.csv)."
            + " Writes every output into the --out folder, then serves the sample workspace with"
            + " its ICP published in the web app and prints the address and a sign-in (Ctrl+C"
            + " stops; --no-serve ends after the files).")
public final class DemoCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "icp-demo",
      description = "Folder for the sample data and outputs (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the sample data")
  long seed;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "Port to serve the sample workspace on (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--no-serve",
      description = "Stop after the files: do not serve the sample workspace in the web app")
  boolean noServe;

  /** Creates the command, writing to the given console. */
  public DemoCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new InputException(out + " is a file: give --out a folder");
    }
    Files.createDirectories(out);
    PrintWriter text = console.out();
    SampleFiles files = SampleCompany.builder().seed(seed).build().write(out);
    text.println("Sample data written to " + out + "/ (seed " + seed + ")");
    List<Path> outputs =
        new ArrayList<>(List.of(files.customers(), files.deals(), files.prospects()));
    IcpDefinition[] derived = new IcpDefinition[1];
    outputs.addAll(customers(files.customers(), files.prospects(), text, derived));
    outputs.add(prospects(files.prospects(), derived[0], text));
    outputs.addAll(deals(files.deals(), text));
    outputs.addAll(new LinkedDemo(out, console).run(seed));
    text.println();
    text.println("Outputs:");
    outputs.forEach(p -> text.println("  " + p));
    text.println();
    text.println(
        "Next: open "
            + out.resolve("icp/report.html")
            + "   or   icp evaluate "
            + files.customers()
            + "   or   icp cohorts "
            + files.customers()
            + " --by \"Primary Use Case\"");
    if (!noServe) {
      serve(files.customers());
    }
    return Failures.OK;
  }

  private void serve(Path customers) throws IOException {
    PrintWriter text = console.out();
    text.println();
    text.println("Starting the web app with the sample workspace (derive and publish)…");
    text.flush();
    DemoServer.Running running = DemoServer.start(out, customers, port);
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  running.server().close();
                  stopped.countDown();
                },
                "icp-demo-stop"));
    text.println(
        "Open "
            + running.url()
            + " and sign in as "
            + DemoServer.EMAIL
            + " with password "
            + running.password());
    text.println(
        "(the sample ICP is published; data in " + out.resolve("server") + "; Ctrl+C stops)");
    text.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private List<Path> customers(Path file, Path prospects, PrintWriter text, IcpDefinition[] derived)
      throws IOException {
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset = open(engine, file);
      text.println();
      text.println("== Profile of " + file.getFileName() + " ==");
      org.icpengine.cli.profile.ProfileText.print(dataset.profile(), text);
      Path profile =
          write(out.resolve("customers-profile.json"), ProfileJson.of(dataset.profile()));
      Path mapping = out.resolve("customers-mapping.yaml");
      MappingFile.write(
          mapping,
          file.getFileName().toString(),
          dataset.profile().columns().stream().map(c -> Map.entry(c.name(), c.meaning())).toList());
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
      List<Path> written = new ArrayList<>(List.of(profile, mapping));
      derived[0] = Derivation.derive(dataset, file, DeriveOptions.defaults(), Clock.systemUTC());
      text.println();
      text.println("== The derived ICP ==");
      IcpText.print(derived[0], text);
      written.addAll(
          IcpOutputs.write(
              dataset, derived[0], out.resolve("icp"), Optional.empty(), Optional.of(prospects)));
      for (String column :
          List.of("Industry", "NumberOfEmployees", "Tech Stack", "Billing Country")) {
        written.add(cohorts(dataset, ideal, column, "customers", text));
      }
      return written;
    }
  }

  /** Scores the prospects with the derived ICP and shows the best five. */
  private Path prospects(Path file, IcpDefinition icp, PrintWriter text) throws IOException {
    Path scored = out.resolve("prospects-scored.csv");
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      BatchScorer.Summary summary =
          console.withProgress(
              file.getFileName().toString(),
              progress ->
                  new BatchScorer(engine)
                      .score(
                          file,
                          ReadOptions.defaults(),
                          icp.fit().model(),
                          new BatchScorer.Output(scored, OutputFormat.CSV, false),
                          progress));
      text.println();
      text.println("== Prospects scored with the ICP (" + scored.getFileName() + ") ==");
      text.println(
          "The prospects come from a HubSpot-style export; its columns were matched to the"
              + " model's as icp score matches them:");
      summary.matches().stream()
          .filter(ColumnMatch::renamed)
          .forEach(match -> text.println("  " + match.describe()));
      text.println(
          "Tiers: "
              + String.join(
                  ", ",
                  summary.tiers().entrySet().stream()
                      .map(e -> e.getKey() + " " + e.getValue())
                      .toList()));
      List<List<String>> best =
          engine.query(
              "SELECT \"Company name\", icp_score, icp_tier, icp_reasons FROM read_csv("
                  + Engine.literal(engine.readable(scored).toString())
                  + ", all_varchar = true) ORDER BY CAST(icp_score AS INTEGER) DESC NULLS LAST,"
                  + " \"Company name\" LIMIT 5",
              r -> List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
      for (List<String> row : best) {
        text.println("  " + row.get(1) + " " + row.get(2) + "  " + row.get(0) + ": " + row.get(3));
      }
    }
    return scored;
  }

  private List<Path> deals(Path file, PrintWriter text) throws IOException {
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      Dataset dataset = open(engine, file);
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
      return List.of(cohorts(dataset, ideal, "Industry", "deals", text));
    }
  }

  private Dataset open(Engine engine, Path file) {
    return console.withProgress(
        file.getFileName().toString(),
        progress -> Dataset.open(engine, file, DatasetOptions.defaults().withProgress(progress)));
  }

  private Path cohorts(
      Dataset dataset, IdealDefinition ideal, String column, String name, PrintWriter text)
      throws IOException {
    CohortReport report = Cohorts.compute(dataset, List.of(column), ideal);
    text.println();
    text.println("== " + name + " by " + column + " ==");
    CohortText.print(report, text);
    String slug = column.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return write(out.resolve(name + "-cohorts-" + slug + ".json"), CohortJson.of(report));
  }

  private static Path write(Path target, ObjectNode json) throws IOException {
    AtomicFiles.write(target, json.toPrettyString().getBytes(StandardCharsets.UTF_8));
    return target;
  }
}
