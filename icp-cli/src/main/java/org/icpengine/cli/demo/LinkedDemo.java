package org.icpengine.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.cli.Console;
import org.icpengine.cli.assemble.AssemblyText;
import org.icpengine.cli.cohorts.CohortText;
import org.icpengine.cli.derive.IcpOutputs;
import org.icpengine.cli.derive.IcpText;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.report.EnrichmentEvidence;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.SourcesYaml;
import org.icpengine.sample.linked.LinkedProspects;
import org.icpengine.sample.linked.LinkedSample;

/**
 * The demo's second half: the sample company's linked, messy exports (accounts, opportunities,
 * subscriptions, contacts, touches, spend, survey) taken the way a user takes theirs — {@code
 * sources init}, {@code assemble}, derive — with churn by tech stack, the planted churn driver;
 * then a technographic vendor's file ({@code technographics.csv}, {@code kind: enrichment}) fills
 * the tech stack the prospects' export lacks, and the prospects' tiers move ({@link
 * ProspectEnrichment}).
 */
final class LinkedDemo {
  /**
   * The articles' ideal customer: paying customers in the top quartile of realised LTV that did not
   * churn in the outcome window, both computed from the subscriptions.
   */
  static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";

  /** The linked sample's accounts, and the prospects the vendor's file also covers. */
  static final int ACCOUNTS = 2_000;

  static final int PROSPECTS = 1_000;

  private final Path out;
  private final Console console;

  LinkedDemo(Path out, Console console) {
    this.out = out;
    this.console = console;
  }

  /** Writes the linked exports, links and assembles them, derives; returns the files written. */
  List<Path> run(long seed) throws IOException {
    PrintWriter text = console.out();
    Path dir = out.resolve("linked");
    LinkedSample.builder().seed(seed).accounts(ACCOUNTS).build().write(dir);
    Path prospects = out.resolve("linked-prospects");
    new LinkedProspects(seed, ACCOUNTS, PROSPECTS)
        .write(prospects.resolve("prospects.csv"), dir.resolve("technographics.csv"));
    Path yaml = out.resolve("sources.yaml");
    sourcesInit(dir, yaml);
    text.println();
    text.println("== Linked exports in " + dir + ": sources init → assemble → derive ==");
    text.println("Inferred " + yaml + " (each file's kind, account key and column roles)");
    Path accounts = out.resolve("linked-accounts.parquet");
    SourcesAssembly.Result assembled = SourcesAssembly.write(yaml, Optional.empty(), accounts);
    AssemblyText.print(assembled, text);
    text.println(ProspectEnrichment.enrichedLine("accounts", assembled));
    List<Path> written =
        new ArrayList<>(List.of(yaml, accounts, prospects.resolve("prospects.csv")));
    try (Engine engine = Engine.open(EngineAccess.reading(accounts))) {
      Dataset dataset =
          console.withProgress(
              accounts.getFileName().toString(),
              progress ->
                  Dataset.open(engine, accounts, DatasetOptions.defaults().withProgress(progress)));
      DeriveOptions defaults = DeriveOptions.defaults();
      DeriveOptions options =
          new DeriveOptions(
              Optional.of(IDEAL),
              defaults.excluded(),
              defaults.reincluded(),
              defaults.maxDepth(),
              defaults.seed(),
              defaults.fit());
      text.println("Ideal: " + IDEAL);
      IcpDefinition icp = Derivation.derive(dataset, accounts, options, Clock.systemUTC());
      text.println();
      text.println("== The ICP derived from the linked exports ==");
      IcpText.print(icp, text);
      written.addAll(
          IcpOutputs.write(
              dataset,
              icp,
              out.resolve("linked-icp"),
              Optional.empty(),
              Optional.empty(),
              Optional.of(assembled.enrichment())));
      EnrichmentEvidence evidence = EnrichmentEvidence.of(assembled.enrichment(), icp);
      text.println(
          String.format(
              java.util.Locale.ROOT,
              "Evidence from enrichment: %.1f %% of the fit score's evidence, %d of %d traits"
                  + " (linked-icp/report.html, \"Evidence from enrichment\")",
              100 * evidence.fitShare(),
              evidence.enrichedTraits(),
              evidence.traits()));
      churnByTechStack(dataset, text);
      written.addAll(new ProspectEnrichment(out, console).run(prospects, yaml, icp.fit().model()));
    }
    return written;
  }

  private void sourcesInit(Path dir, Path yaml) throws IOException {
    List<Path> files = SourceInference.dataFiles(dir);
    InferredSources inferred;
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      inferred = new SourceInference(engine).infer(dir, out.toAbsolutePath());
    }
    SourcesYaml.write(yaml, inferred.sources(), dir.toAbsolutePath().normalize().toString());
  }

  private static void churnByTechStack(Dataset dataset, PrintWriter text) {
    if (dataset.column("Tech_Stack__c").isEmpty()) {
      return;
    }
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.of(IDEAL));
    text.println();
    text.println("== Accounts by Tech_Stack__c (churn computed from the subscriptions) ==");
    CohortText.print(Cohorts.compute(dataset, List.of("Tech_Stack__c"), ideal), text);
  }
}
