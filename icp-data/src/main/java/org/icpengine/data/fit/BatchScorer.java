package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.clean.CleaningSql;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineException;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.RowProblem;
import org.icpengine.data.source.SourceReader;
import org.icpengine.data.source.SourceScan;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Scores every row of a file with a {@link ScoreModel} inside the engine and writes the rows, in
 * input order and with their original text, plus the score columns. Only the model's columns are
 * cleaned, by the same rules as derive; the rest pass through untouched. In delimited output, cells
 * a spreadsheet would run as a formula (starting with {@code = + - @}, tab or carriage return,
 * unless they are plain numbers) get a leading apostrophe, unless asked not to.
 */
public final class BatchScorer {
  private static final String RAW = "score_raw";
  private static final String CLEAN = "score_clean";
  private static final String SCORES = "score_rows";
  private static final String INPUT = "score_input";
  private static final String SCAN = "score_scan";

  static final int STEPS = 4;
  private static final int SAMPLE_ROWS = 10_000;
  private static final int SAMPLE_VALUES = 500;

  /**
   * What scoring did.
   *
   * @param rows the rows written
   * @param unscored the rows without a tier: status {@code insufficient_data}, too little of the
   *     model known
   * @param tiers the rows per tier
   * @param missingColumns the model's columns the file lacks, worth 0 points on every row
   * @param renamedColumns the model's columns found under another name, model name to file name
   * @param matches how each model column the file has was found, in model order
   * @param replacedColumns the file's own columns replaced by the score columns
   * @param neutralised the cells given a leading apostrophe, header cells included
   * @param skipped the rows the reader could not split into the header's columns (too many fields),
   *     kept in their places in the output with empty columns and a reason
   * @param market scoring a market, its expected ideal accounts per tier ({@link MarketSummary})
   */
  public record Summary(
      long rows,
      long unscored,
      Map<String, Long> tiers,
      List<String> missingColumns,
      Map<String, String> renamedColumns,
      List<ColumnMatch> matches,
      List<String> replacedColumns,
      long neutralised,
      List<RowProblem> skipped,
      Optional<MarketSummary> market) {}

  /**
   * How to write.
   *
   * @param format the layout
   * @param keepFormulas whether to leave formula-like cells as they are
   * @param columnMap the file column of a model column, where the names differ
   */
  public record Output(
      Path file, OutputFormat format, boolean keepFormulas, Map<String, String> columnMap) {
    /** Copies the map. */
    public Output {
      columnMap = Map.copyOf(columnMap);
    }

    /** Returns the output with the model's columns found by name. */
    public Output(Path file, OutputFormat format, boolean keepFormulas) {
      this(file, format, keepFormulas, Map.of());
    }
  }

  private final Engine engine;
  private final boolean market;

  /** Creates a scorer working in the engine. */
  public BatchScorer(Engine engine) {
    this(engine, false);
  }

  /** Creates a scorer in the engine, scoring a {@code market} or not ({@link SupportSql}). */
  public BatchScorer(Engine engine, boolean market) {
    this.engine = engine;
    this.market = market;
  }

  /**
   * Scores the file.
   *
   * @throws InputException when the file cannot be read, has none of the model's columns, or the
   *     output cannot be written
   */
  public Summary score(
      Path input,
      ReadOptions read,
      ScoreModel model,
      Output output,
      DatasetOptions.Progress progress) {
    AtomicFiles.checkWritable(output.file());
    progress.step(1, STEPS, "reading " + input.getFileName());
    engine.execute(FitAttribute.KEY_MACRO);
    CleaningSql.install(engine);
    try (SourceScan scan = new SourceReader(engine).scan(input, read, SCAN)) {
      Optional<Summary> streamed =
          new ScorePipeline(engine, ScorePipeline.SAMPLE_ROWS, market)
              .score(scan, model, output, progress);
      if (streamed.isPresent()) {
        return streamed.get();
      }
    } catch (EngineException e) {
      if (e.interrupted()) {
        throw e;
      }
      // text the engine's reader fails on rather than rejecting rows: the loaded path says what
    }
    // rows the scan could not read as they stand: load the file, which reports and places them
    return scoreLoaded(input, read, model, output, progress);
  }

  /**
   * Scores the file loaded into a table: the path for files with rows the reader has to skip or
   * pad, which are reported and kept in their places.
   */
  Summary scoreLoaded(
      Path input,
      ReadOptions read,
      ScoreModel model,
      Output output,
      DatasetOptions.Progress progress) {
    engine.execute(FitAttribute.KEY_MACRO);
    LoadedSource source = new SourceReader(engine).read(input, read, RAW);
    List<String> columns = source.columns();
    List<ColumnMatch> matches =
        new ColumnMatcher(model).match(columns, output.columnMap(), c -> sample(RAW, c));
    Map<String, String> matched = ColumnMatcher.asMap(matches);
    Set<String> present = present(model, matched, input);
    List<String> missing = missing(model, present);
    progress.step(2, STEPS, String.format(Locale.ROOT, "cleaning %,d rows", source.rows()));
    new Cleaner(engine).clean(RAW, plans(model, present, matched), CLEAN);
    engine.execute(
        "CREATE OR REPLACE TEMP VIEW "
            + INPUT
            + " AS SELECT "
            + quote(CleanedTable.ROW)
            + present.stream()
                .map(c -> ", " + quote(matched.get(c)) + " AS " + quote(c))
                .collect(java.util.stream.Collectors.joining())
            + " FROM "
            + CLEAN);
    progress.step(3, STEPS, "scoring");
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + SCORES
            + " AS "
            + ScoredTable.select(engine, model, INPUT, present, market));
    // the engine keeps the clean rows' order through the projections; sort only if it did not
    boolean ordered =
        engine.queryOne(
            "SELECT coalesce(bool_and("
                + quote(CleanedTable.ROW)
                + " = position), true) FROM (SELECT "
                + quote(CleanedTable.ROW)
                + ", row_number() OVER () - 1 AS position FROM "
                + SCORES
                + ")",
            r -> r.getBoolean(1));
    if (!ordered) {
      engine.execute(
          "CREATE OR REPLACE TEMP TABLE "
              + SCORES
              + " AS SELECT * FROM "
              + SCORES
              + " ORDER BY "
              + quote(CleanedTable.ROW));
    }
    ScoredTable.Counts counts = ScoredTable.count(engine, SCORES, model, market);
    List<RowProblem> skipped =
        source.problems().stream().filter(p -> p.reason().endsWith(": skipped")).toList();
    if (!skipped.isEmpty()) {
      SkippedRows.place(engine, skipped, RAW, SCORES);
    }
    List<String> replaced = ScoreLayout.replaced(columns, model, output.format());
    List<String> kept = columns.stream().filter(c -> !replaced.contains(c)).toList();
    // every layout a spreadsheet opens (CSV, HubSpot, Salesforce); Parquet keeps values as typed
    boolean neutralise = output.format() != OutputFormat.PARQUET && !output.keepFormulas();
    long neutralised =
        neutralise
            ? FormulaCells.count(engine, RAW, kept)
                + kept.stream().filter(FormulaCells::isFormula).count()
            : 0;
    progress.step(4, STEPS, "writing " + output.file().getFileName());
    String select = select(kept, model, output.format(), neutralise);
    try {
      AtomicFiles.writeAt(
          output.file(),
          file ->
              engine.copy(
                  select,
                  output.format() == OutputFormat.PARQUET
                      ? "(FORMAT parquet)"
                      : "(FORMAT csv, HEADER true)",
                  file));
    } catch (IOException e) {
      throw new InputException("cannot write " + output.file() + ": " + e.getMessage(), e);
    }
    return new Summary(
        source.rows(),
        counts.unscored(),
        counts.tiers(),
        missing,
        renamed(matched),
        matches,
        replaced,
        neutralised,
        skipped,
        counts.market());
  }

  /** The model's columns the file has, by the matches; refuses a file with none. */
  static Set<String> present(ScoreModel model, Map<String, String> matched, Path input) {
    Set<String> present = new LinkedHashSet<>();
    for (String column : model.columns()) {
      if (matched.containsKey(column)) {
        present.add(column);
      }
    }
    if (present.isEmpty()) {
      throw new InputException(
          input.getFileName()
              + " has none of the model's columns ("
              + String.join(", ", model.columns())
              + "): score a file with the columns the ICP was derived from, or name them with"
              + " --column MODEL=FILE");
    }
    return present;
  }

  static List<String> missing(ScoreModel model, Set<String> present) {
    return model.columns().stream().filter(c -> !present.contains(c)).toList();
  }

  /** The model's columns found under another name, model name to file name. */
  static Map<String, String> renamed(Map<String, String> matched) {
    Map<String, String> renamed = new java.util.LinkedHashMap<>();
    matched.forEach(
        (modelColumn, fileColumn) -> {
          if (!modelColumn.equals(fileColumn)) {
            renamed.put(modelColumn, fileColumn);
          }
        });
    return renamed;
  }

  /** Distinct non-empty values of a file column among the first rows, for matching by values. */
  List<String> sample(String relation, String column) {
    return engine.query(
        "SELECT DISTINCT v FROM (SELECT trim("
            + quote(column)
            + ") AS v FROM "
            + relation
            + " LIMIT "
            + SAMPLE_ROWS
            + ") WHERE v <> '' LIMIT "
            + SAMPLE_VALUES,
        r -> r.getString(1));
  }

  static List<ColumnPlan> plans(
      ScoreModel model, Set<String> present, Map<String, String> matched) {
    Map<String, ColumnPlan> plans = new java.util.LinkedHashMap<>();
    List<PointsTable.Scored> all = new ArrayList<>(model.fit().attributes());
    model.engagement().ifPresent(e -> all.addAll(e.attributes()));
    for (PointsTable.Scored scored : all) {
      FitAttribute attribute = scored.attribute();
      if (present.contains(attribute.column())) {
        String file = matched.get(attribute.column());
        plans.putIfAbsent(file, ColumnPlan.of(file, attribute.type()));
      }
    }
    return List.copyOf(plans.values());
  }

  private static String select(
      List<String> kept, ScoreModel model, OutputFormat format, boolean neutralise) {
    return "SELECT "
        + String.join(
            ", ",
            ScoreLayout.projection(
                kept, c -> "r." + quote(c), model, format, neutralise, "s.", t -> t))
        + " FROM "
        + RAW
        + " r POSITIONAL JOIN "
        + SCORES
        + " s";
  }
}
