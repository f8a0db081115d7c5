package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.clean.StreamCleaning;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.SourceScan;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Scores a file in one streaming statement: {@code COPY (SELECT …) TO …} reads the file, cleans
 * only the model's columns inline, scores them and writes each row with its original text and its
 * scores, with no table of rows in between, so memory does not grow with the rows. The engine keeps
 * the rows in file order without a sort ({@code preserve_insertion_order}, set when it opens): the
 * statement is projections only, no join and no aggregate. The tier and formula-cell counts are
 * taken as the rows are written ({@link ScoreTally}), not by reading the output again.
 *
 * <p>When the scan met rows it could not read as they stand (too many or too few fields, text that
 * is not UTF-8), or no rows at all, nothing is written and the caller loads the file instead, which
 * reports those rows and keeps them in their places.
 */
final class ScorePipeline {
  /** The first rows, from which the lookups of folding keys and country spellings are built. */
  static final int SAMPLE_ROWS = 100_000;

  private static final String CARRIED = "icp#in";

  private final Engine engine;
  private final int sampleRows;
  private final boolean market;

  /** Creates a pipeline whose lookups come from the first {@code sampleRows} rows. */
  ScorePipeline(Engine engine, int sampleRows) {
    this(engine, sampleRows, false);
  }

  /**
   * Creates a pipeline whose lookups come from the first {@code sampleRows} rows, scoring a {@code
   * market} ({@link SupportSql}, {@link MarketSummary}) or not.
   */
  ScorePipeline(Engine engine, int sampleRows, boolean market) {
    this.engine = engine;
    this.sampleRows = sampleRows;
    this.market = market;
  }

  /** Thrown inside the atomic write to leave no output behind when the file must be loaded. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable() {
      super(null, null, false, false);
    }
  }

  /**
   * Scores the scanned file into the output; empty, with nothing written, when the file has to be
   * loaded instead (rows the scan could not read as they stand, or none).
   */
  Optional<BatchScorer.Summary> score(
      SourceScan scan,
      ScoreModel model,
      BatchScorer.Output output,
      DatasetOptions.Progress progress) {
    List<String> columns = scan.columns();
    // the first rows, read once: every sample (matches, lookups) reads this small table
    String head = "score_head";
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + head
            + " AS SELECT * FROM "
            + scan.relation()
            + " LIMIT "
            + sampleRows);
    List<ColumnMatch> matches =
        new ColumnMatcher(model)
            .match(columns, output.columnMap(), c -> new BatchScorer(engine).sample(head, c));
    Map<String, String> matched = ColumnMatcher.asMap(matches);
    Set<String> present = BatchScorer.present(model, matched, scan.file());
    List<String> replaced = ScoreLayout.replaced(columns, model, output.format());
    List<String> kept = columns.stream().filter(c -> !replaced.contains(c)).toList();
    boolean neutralise = output.format() != OutputFormat.PARQUET && !output.keepFormulas();
    ScoreTally tally = ScoreTally.register(engine);
    String select =
        select(scan, head, model, present, matched, kept, output.format(), neutralise, tally);
    progress.step(2, BatchScorer.STEPS, "cleaning, scoring and writing");
    try {
      write(scan, select, output, tally, progress);
    } catch (Unreadable e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new InputException("cannot write " + output.file() + ": " + e.getMessage(), e);
    }
    long headers = neutralise ? kept.stream().filter(FormulaCells::isFormula).count() : 0;
    return Optional.of(
        new BatchScorer.Summary(
            tally.rows(),
            tally.unscored(),
            tally.tiers(),
            BatchScorer.missing(model, present),
            BatchScorer.renamed(matched),
            matches,
            replaced,
            tally.neutralised() + headers,
            List.of(),
            market ? Optional.of(tally.market(model.support())) : Optional.empty()));
  }

  /** Returns the one statement: the scan, the model's columns cleaned, the scores, the layout. */
  private String select(
      SourceScan scan,
      String head,
      ScoreModel model,
      Set<String> present,
      Map<String, String> matched,
      List<String> kept,
      OutputFormat format,
      boolean neutralise,
      ScoreTally tally) {
    List<String> carried = new ArrayList<>();
    List<String> carriedNames = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      carried.add(quote(kept.get(i)) + " AS " + quote(CARRIED + i));
      carriedNames.add(quote(CARRIED + i));
    }
    List<ColumnPlan> plans = BatchScorer.plans(model, present, matched);
    List<String> names = new ArrayList<>();
    for (ColumnPlan plan : plans) {
      names.add(modelColumn(matched, plan.name()));
    }
    String cleaned = StreamCleaning.select(engine, scan.relation(), head, carried, plans, names);
    // the sample cleaned once into a small table: each lookup reads it instead of cleaning it again
    String sample = head + "_clean";
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + sample
            + " AS "
            + StreamCleaning.select(engine, head, head, List.of(), plans, names));
    Map<String, String> keys = KeyLookups.of(engine, model, present, sample);
    String scored =
        market
            ? SupportSql.flagged(
                ScoreSql.select(
                    engine,
                    model,
                    SupportSql.withOutside(model, present, keys, "(" + cleaned + ")", true),
                    present,
                    keys,
                    SupportSql.carrying(carriedNames)))
            : ScoreSql.select(engine, model, "(" + cleaned + ")", present, keys, carriedNames);
    List<String> cells = new ArrayList<>(List.of("0"));
    if (neutralise) {
      for (int i = 0; i < kept.size(); i++) {
        cells.add("CAST(" + FormulaCells.formula(quote(CARRIED + i)) + " AS INTEGER)");
      }
    }
    List<String> projection =
        ScoreLayout.projection(
            kept,
            c -> quote(CARRIED + kept.indexOf(c)),
            model,
            format,
            neutralise,
            "",
            tier ->
                market
                    ? tally.call(
                        tier,
                        String.join(" + ", cells),
                        SupportSql.probability(model),
                        SupportSql.outsideCount())
                    : tally.call(tier, String.join(" + ", cells)));
    return "SELECT " + String.join(", ", projection) + " FROM (" + scored + ")";
  }

  /** The model column a file column was matched to; plans are made one per file column. */
  private static String modelColumn(Map<String, String> matched, String fileColumn) {
    return matched.entrySet().stream()
        .filter(e -> e.getValue().equals(fileColumn))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no model column for " + fileColumn));
  }

  /**
   * Runs the statement into the output; the tally counts the rows as they are written. Throws
   * {@link Unreadable}, leaving nothing behind, when the scan rejected rows or read none.
   */
  private void write(
      SourceScan scan,
      String select,
      BatchScorer.Output output,
      ScoreTally tally,
      DatasetOptions.Progress progress)
      throws IOException {
    boolean parquet = output.format() == OutputFormat.PARQUET;
    Path written = engine.scratchFile(parquet ? ".parquet" : ".csv");
    try {
      AtomicFiles.writeAt(
          output.file(),
          file -> {
            engine.execute(
                "COPY ("
                    + select
                    + ") TO "
                    + literal(written.toString())
                    + (parquet ? " (FORMAT parquet)" : " (FORMAT csv, HEADER true)"));
            if (scan.rejected(engine) || tally.rows() == 0) {
              throw new Unreadable();
            }
            progress.step(3, BatchScorer.STEPS, "writing " + output.file().getFileName());
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING);
          });
    } finally {
      Files.deleteIfExists(written);
    }
  }
}
