package org.icpengine.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpengine.cli.Console;
import org.icpengine.data.SourcesAssembly;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.enrichment.SourceEnrichment;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.matching.MatchBand;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.sources.InferredSources;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceInference;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.data.sources.SourcesOptions;
import org.icpengine.data.sources.SourcesYaml;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The demo's enrichment step: the linked sample's prospects (a CRM export of target accounts that
 * rarely carries a tech stack) assembled with the vendor's enrichment file the accounts' {@code
 * sources.yaml} lists, then scored with the linked ICP without and with the enrichment, and the
 * tier movements printed ("208 of 1,000 prospects changed tier: 35 C→B, 33 unscored→D, …").
 */
final class ProspectEnrichment {
  /** The prospects' files and the scored outputs, by their names in the demo's folder. */
  static final String YAML = "prospects-sources.yaml";

  static final String ENRICHED = "prospects-enriched.parquet";
  static final String SCORED_BEFORE = "prospects-linked-scored.csv";
  static final String SCORED_AFTER = "prospects-enriched-scored.csv";

  /** The tier shown for a prospect the model could not score. */
  static final String UNSCORED = "unscored";

  /** One movement: prospects whose tier went from one letter to another. */
  record Movement(String from, String to, long prospects) {}

  private final Path out;
  private final Console console;

  ProspectEnrichment(Path out, Console console) {
    this.out = out;
    this.console = console;
  }

  /**
   * Assembles the prospects in {@code prospectsDir} with the enrichment file of {@code
   * accountsYaml}, scores them without and with it, prints the movements; returns the files
   * written.
   */
  List<Path> run(Path prospectsDir, Path accountsYaml, ScoreModel model) throws IOException {
    PrintWriter text = console.out();
    Path yaml = out.resolve(YAML);
    Path prospects = write(prospectsDir, accountsYaml, yaml);
    String key = SourcesFile.read(yaml).only(SourceKind.ACCOUNTS).orElseThrow().key().orElseThrow();
    Path enriched = out.resolve(ENRICHED);
    SourcesAssembly.Result assembled = SourcesAssembly.write(yaml, Optional.empty(), enriched);
    text.println();
    text.println("== Enrichment: the prospects' tech stack from the vendor's file ==");
    text.println(enrichedLine("prospects", assembled));
    Path before = out.resolve(SCORED_BEFORE);
    Path after = out.resolve(SCORED_AFTER);
    score(prospects, model, before);
    score(enriched, model, after);
    List<Movement> moves = movements(before, key, after);
    text.println(movementLine(moves, assembled.enrichment().accounts()));
    if (moves.stream().anyMatch(m -> m.from().equals(UNSCORED) || m.to().equals(UNSCORED))) {
      text.println(
          "(unscored: too little of the model's weight known to score; enriched values count as"
              + " known in icp_coverage)");
    }
    return List.of(yaml, enriched, before, after);
  }

  /**
   * Returns "Enriched 583 of 1,000 prospects from technographics.csv (rows linked: certain 800,
   * likely 382, review 0 accepted and 82 waiting for icp sources review)".
   */
  static String enrichedLine(String what, SourcesAssembly.Result assembled) {
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "Enriched %,d of %,d %s",
                assembled.enrichment().enrichedAccounts(),
                assembled.enrichment().accounts(),
                what));
    for (SourceEnrichment source : assembled.enrichment().sources()) {
      Map<MatchBand, Long> bands = source.bands();
      line.append(
          String.format(
              Locale.ROOT,
              " from %s (rows linked: certain %,d, likely %,d, review %,d accepted and %,d waiting"
                  + " for icp sources review)",
              Path.of(source.file()).getFileName(),
              bands.getOrDefault(MatchBand.CERTAIN, 0L),
              bands.getOrDefault(MatchBand.LIKELY, 0L),
              source.accepted(),
              source.pendingReview()));
    }
    return line.toString();
  }

  /**
   * Returns "With the enriched tech stack, 208 of 1,000 prospects changed tier: 35 C→B, …", largest
   * movements first.
   */
  static String movementLine(List<Movement> moves, long prospects) {
    long moved = moves.stream().mapToLong(Movement::prospects).sum();
    List<String> parts =
        moves.stream()
            .map(m -> String.format(Locale.ROOT, "%,d %s\u2192%s", m.prospects(), m.from(), m.to()))
            .toList();
    return String.format(
        Locale.ROOT,
        "With the enriched tech stack, %,d of %,d prospects changed tier%s",
        moved,
        prospects,
        parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }

  /** Writes the prospects' sources.yaml: their export as accounts, the accounts' enrichment. */
  private Path write(Path prospectsDir, Path accountsYaml, Path yaml) throws IOException {
    List<Path> files = SourceInference.dataFiles(prospectsDir);
    InferredSources inferred;
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      inferred = new SourceInference(engine).infer(prospectsDir, out.toAbsolutePath());
    }
    SourceEntry prospects =
        inferred.sources().only(SourceKind.ACCOUNTS).orElseThrow(IllegalStateException::new);
    Sources accounts = SourcesFile.read(accountsYaml);
    List<SourceEntry> entries = new ArrayList<>(List.of(prospects));
    accounts.used().stream()
        .filter(e -> e.kind().orElseThrow() == SourceKind.ENRICHMENT)
        .forEach(entries::add);
    if (entries.size() < 2) {
      throw new IllegalStateException(accountsYaml + " lists no enrichment file");
    }
    SourcesYaml.write(
        yaml,
        new Sources(out.toAbsolutePath(), entries, SourcesOptions.defaults()),
        prospectsDir.toAbsolutePath().normalize().toString());
    return prospectsDir.resolve(Path.of(prospects.file()).getFileName());
  }

  private void score(Path file, ScoreModel model, Path target) {
    try (Engine engine = Engine.open(EngineAccess.reading(file))) {
      console.withProgress(
          file.getFileName().toString(),
          progress ->
              new BatchScorer(engine)
                  .score(
                      file,
                      ReadOptions.defaults(),
                      model,
                      new BatchScorer.Output(target, OutputFormat.CSV, false),
                      progress));
    }
  }

  /**
   * Counts the prospects per (tier before, tier after) where the two differ, joined by the
   * prospect's key ({@code key} in the export, {@code account_key} in the account table).
   */
  static List<Movement> movements(Path before, String key, Path after) {
    try (Engine engine = Engine.open(EngineAccess.reading(List.of(before, after)))) {
      return engine.query(
          "SELECT coalesce(b.icp_tier, '"
              + UNSCORED
              + "'), coalesce(a.icp_tier, '"
              + UNSCORED
              + "'), count(*)"
              + " AS n FROM read_csv("
              + Engine.literal(engine.readable(before).toString())
              + ", all_varchar = true) b JOIN read_csv("
              + Engine.literal(engine.readable(after).toString())
              + ", all_varchar = true) a ON b."
              + Engine.quote(key)
              + " = a.account_key"
              + " WHERE b.icp_tier IS DISTINCT FROM a.icp_tier GROUP BY ALL"
              + " ORDER BY n DESC, 1, 2",
          r -> new Movement(r.getString(1), r.getString(2), r.getLong(3)));
    }
  }
}
