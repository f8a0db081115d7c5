package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.clean.Cleaner;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.RowProblem;
import org.icpengine.data.source.SourceReader;

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

  /** A column with more distinct values than this has its keys computed row by row. */
  private static final int MAX_LOOKUP = 5_000;

  private static final int STEPS = 4;

  /** Matches plain numbers, which a spreadsheet reads as numbers even with a sign. */
  private static final String NUMBER = "'^[+-]?[0-9][0-9,]*(\\.[0-9]+)?([eE][+-]?[0-9]+)?$'";

  /**
   * What scoring did.
   *
   * @param rows the rows written
   * @param unscored the rows without a score, none of whose model attributes had a value
   * @param tiers the rows per tier
   * @param missingColumns the model's columns the file lacks, scored as unknown
   * @param renamedColumns the model's columns found under another name, model name to file name
   * @param replacedColumns the file's own columns replaced by the score columns
   * @param neutralised the cells given a leading apostrophe
   * @param skipped the rows the reader could not split into the header's columns (too many fields),
   *     kept in their places in the output with empty columns and a reason
   */
  public record Summary(
      long rows,
      long unscored,
      Map<String, Long> tiers,
      List<String> missingColumns,
      Map<String, String> renamedColumns,
      List<String> replacedColumns,
      long neutralised,
      List<RowProblem> skipped) {}

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

  /** Creates a scorer working in the engine. */
  public BatchScorer(Engine engine) {
    this.engine = engine;
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
    LoadedSource source = new SourceReader(engine).read(input, read, RAW);
    List<String> columns = source.columns();
    Map<String, String> matched = match(model.columns(), columns, output.columnMap(), input);
    List<String> missing = new ArrayList<>();
    Set<String> present = new LinkedHashSet<>();
    for (String column : model.columns()) {
      if (matched.containsKey(column)) {
        present.add(column);
      } else {
        missing.add(column);
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
    progress.step(2, STEPS, String.format(Locale.ROOT, "cleaning %,d rows", source.rows()));
    engine.execute(FitAttribute.KEY_MACRO);
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
            + ScoreSql.select(model, INPUT, present, keyLookups(model, present)));
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
    Map<String, Long> tiers = new TreeMap<>();
    long[] unscored = {0};
    engine.query(
        "SELECT " + ScoreSql.TIER + ", count(*) FROM " + SCORES + " GROUP BY ALL",
        r -> {
          String tier = r.getString(1);
          if (tier == null) {
            unscored[0] = r.getLong(2);
          } else {
            tiers.put(tier, r.getLong(2));
          }
          return null;
        });
    List<RowProblem> skipped =
        source.problems().stream().filter(p -> p.reason().endsWith(": skipped")).toList();
    if (!skipped.isEmpty()) {
      keepPlaces(skipped);
    }
    List<String> replaced = new ArrayList<>();
    List<String> added = added(model, output.format());
    for (String column : columns) {
      if (added.stream().anyMatch(a -> a.equalsIgnoreCase(column))) {
        replaced.add(column);
      }
    }
    List<String> kept = columns.stream().filter(c -> !replaced.contains(c)).toList();
    boolean neutralise = output.format() == OutputFormat.CSV && !output.keepFormulas();
    long neutralised = neutralise ? countFormulas(kept) : 0;
    progress.step(4, STEPS, "writing " + output.file().getFileName());
    String select = select(kept, model, output.format(), neutralise);
    try {
      AtomicFiles.writeAt(
          output.file(),
          file ->
              engine.execute(
                  "COPY ("
                      + select
                      + ") TO "
                      + literal(file.toString())
                      + (output.format() == OutputFormat.PARQUET
                          ? " (FORMAT parquet)"
                          : " (FORMAT csv, HEADER true)")));
    } catch (IOException e) {
      throw new InputException("cannot write " + output.file() + ": " + e.getMessage(), e);
    }
    Map<String, String> renamed = new java.util.LinkedHashMap<>();
    matched.forEach(
        (modelColumn, fileColumn) -> {
          if (!modelColumn.equals(fileColumn)) {
            renamed.put(modelColumn, fileColumn);
          }
        });
    return new Summary(
        source.rows(), unscored[0], tiers, missing, renamed, replaced, neutralised, skipped);
  }

  /**
   * Puts the rows the reader had to skip (more fields than the header) back in their places, with
   * empty columns and a reason that quotes the line: each goes after the readable rows that came
   * before its line in the file (counting one line per row).
   */
  private void keepPlaces(List<RowProblem> skipped) {
    List<String> values = new ArrayList<>();
    long before = 0;
    for (RowProblem problem :
        skipped.stream().sorted(java.util.Comparator.comparingLong(RowProblem::line)).toList()) {
      double position = (problem.line() - 2 - before) - 0.5;
      before++;
      String reason =
          "not scored: line "
              + problem.line()
              + " could not be read ("
              + problem.reason().replaceFirst(": skipped$", "")
              + "): "
              + problem.rawValue();
      values.add("(" + position + ", " + literal(reason) + ")");
    }
    String rows = "(VALUES " + String.join(", ", values) + ") AS k(position, reason)";
    String position = quote("icp#position");
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + RAW
            + "_placed AS SELECT * EXCLUDE ("
            + position
            + ") FROM (SELECT *, CAST(rowid AS DOUBLE) AS "
            + position
            + " FROM "
            + RAW
            + " UNION ALL BY NAME SELECT position AS "
            + position
            + " FROM "
            + rows
            + ") ORDER BY "
            + position);
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + SCORES
            + "_placed AS SELECT * EXCLUDE ("
            + position
            + ") FROM (SELECT *, CAST("
            + quote(CleanedTable.ROW)
            + " AS DOUBLE) AS "
            + position
            + " FROM "
            + SCORES
            + " UNION ALL BY NAME SELECT position AS "
            + position
            + ", reason AS "
            + ScoreSql.REASONS
            + " FROM "
            + rows
            + ") ORDER BY "
            + position);
    engine.execute("DROP TABLE " + SCORES);
    engine.execute("ALTER TABLE " + SCORES + "_placed RENAME TO " + SCORES);
    engine.execute("DROP TABLE " + RAW);
    engine.execute("ALTER TABLE " + RAW + "_placed RENAME TO " + RAW);
  }

  /**
   * Finds each model column in the file: under the name given with {@code --column}, else the same
   * name, else the same name but for case, spaces and punctuation ("Number of Employees" for
   * "NumberOfEmployees").
   */
  private static Map<String, String> match(
      List<String> modelColumns, List<String> fileColumns, Map<String, String> given, Path input) {
    Map<String, String> matched = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      if (!modelColumns.contains(entry.getKey())) {
        throw new InputException(
            "--column names '"
                + entry.getKey()
                + "', which is not a column of the model: use one of "
                + String.join(", ", modelColumns));
      }
      if (!fileColumns.contains(entry.getValue())) {
        throw new InputException(
            "--column names '"
                + entry.getValue()
                + "', which "
                + input.getFileName()
                + " does not have"
                + org.icpengine.data.profile.ColumnNames.suggestion(entry.getValue(), fileColumns));
      }
      matched.put(entry.getKey(), entry.getValue());
    }
    for (String column : modelColumns) {
      if (matched.containsKey(column)) {
        continue;
      }
      if (fileColumns.contains(column)) {
        matched.put(column, column);
        continue;
      }
      String key = org.icpengine.data.clean.Spellings.key(column);
      fileColumns.stream()
          .filter(f -> org.icpengine.data.clean.Spellings.key(f).equals(key))
          .findFirst()
          .ifPresent(f -> matched.put(column, f));
    }
    return matched;
  }

  /**
   * For each category or multi-valued column of the model with at most {@value #MAX_LOOKUP}
   * distinct values (items), its folding keys as a lookup: the key's SQL runs once per distinct
   * value rather than once per row.
   */
  private Map<String, String> keyLookups(ScoreModel model, Set<String> present) {
    Map<String, String> lookups = new java.util.HashMap<>();
    for (PointsTable.Scored scored : model.fit().attributes()) {
      FitAttribute attribute = scored.attribute();
      String column = attribute.column();
      if (!present.contains(column)
          || lookups.containsKey(column)
          || attribute.keySql().isEmpty()) {
        continue;
      }
      boolean set = attribute.kind() == FitAttribute.Kind.SET_ITEM;
      String values =
          set
              ? "SELECT DISTINCT unnest(" + quote(column) + ") AS v FROM " + INPUT
              : "SELECT DISTINCT CAST(" + quote(column) + " AS VARCHAR) AS v FROM " + INPUT;
      List<String[]> keys =
          engine.query(
              "SELECT v, icp_key(v) FROM ("
                  + values
                  + ") WHERE v IS NOT NULL LIMIT "
                  + (MAX_LOOKUP + 1),
              r -> new String[] {r.getString(1), r.getString(2)});
      if (keys.isEmpty() || keys.size() > MAX_LOOKUP) {
        continue;
      }
      String map =
          keys.stream()
              .map(k -> literal(k[0]) + ": " + literal(k[1]))
              .collect(java.util.stream.Collectors.joining(", ", "MAP {", "}"));
      String c = quote(column);
      lookups.put(
          column,
          set
              ? "list_transform(" + c + ", lambda x: map_extract_value(" + map + ", x))"
              : "map_extract_value(" + map + ", CAST(" + c + " AS VARCHAR))");
    }
    return lookups;
  }

  private static List<ColumnPlan> plans(
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

  private static List<String> added(ScoreModel model, OutputFormat format) {
    List<String> added = new ArrayList<>(format.columns().subList(0, 3));
    if (model.engagement().isPresent()) {
      added.add(format.columns().get(3));
    }
    if (format == OutputFormat.HUBSPOT) {
      added.add(0, OutputFormat.HUBSPOT_TIER);
    }
    return added;
  }

  private long countFormulas(List<String> columns) {
    List<String> counts = new ArrayList<>();
    for (String column : columns) {
      counts.add("count_if(" + formula(quote(column)) + ")");
    }
    return engine.queryOne(
        "SELECT " + String.join(" + ", counts) + " FROM " + RAW, r -> r.getLong(1));
  }

  private static String formula(String value) {
    // a cheap test of the first character first; the number pattern only for the few that start so
    return "(left("
        + value
        + ", 1) IN ('=', '+', '-', '@', chr(9), chr(13)) AND NOT regexp_matches("
        + value
        + ", "
        + NUMBER
        + "))";
  }

  private static String cell(String value, boolean neutralise) {
    return neutralise
        ? "CASE WHEN " + formula(value) + " THEN '''' || " + value + " ELSE " + value + " END"
        : value;
  }

  private static String select(
      List<String> kept, ScoreModel model, OutputFormat format, boolean neutralise) {
    List<String> projection = new ArrayList<>();
    for (String column : kept) {
      projection.add(cell("r." + quote(column), neutralise) + " AS " + quote(column));
    }
    List<String> names = format.columns();
    if (format == OutputFormat.HUBSPOT) {
      projection.add(
          "CASE s."
              + ScoreSql.TIER
              + " WHEN 'A' THEN 'tier_1' WHEN 'B' THEN 'tier_2' WHEN 'C' THEN 'tier_3' END AS "
              + quote(OutputFormat.HUBSPOT_TIER));
    }
    projection.add("s." + ScoreSql.SCORE + " AS " + quote(names.get(0)));
    projection.add("s." + ScoreSql.TIER + " AS " + quote(names.get(1)));
    projection.add(cell("s." + ScoreSql.REASONS, neutralise) + " AS " + quote(names.get(2)));
    if (model.engagement().isPresent()) {
      projection.add("s." + ScoreSql.ENGAGEMENT + " AS " + quote(names.get(3)));
    }
    return "SELECT "
        + String.join(", ", projection)
        + " FROM "
        + RAW
        + " r POSITIONAL JOIN "
        + SCORES
        + " s";
  }
}
