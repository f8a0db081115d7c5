package org.icpengine.bench;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;

/**
 * The columns {@code icp score} adds to a file, measured in one of its outputs: their names, engine
 * types and mean text lengths. The benchmark's third side, the bare copy writing icp score's
 * columns, writes the input's columns and columns of this shape, so that it shows what writing that
 * wider output costs the engine alone: the ceiling any scorer could reach.
 *
 * @param columns the added columns, in the output's order
 */
record ScoreShape(List<Column> columns) {
  /** The first rows of the output read to measure the mean lengths. */
  static final int SAMPLE_ROWS = 200_000;

  /** The input columns whose values make the texts differ from row to row. */
  private static final int SOURCE_COLUMNS = 3;

  /**
   * One added column.
   *
   * @param name its name in the output
   * @param type its engine type in the output (VARCHAR throughout a CSV)
   * @param meanLength the mean length of its values as text, over the first rows
   */
  record Column(String name, String type, double meanLength) {}

  /** Copies the list so the record stays immutable. */
  ScoreShape {
    columns = List.copyOf(columns);
  }

  /** Measures the columns {@code scored} has beyond those of {@code input}. */
  static ScoreShape measure(Path input, Path scored) {
    try (Engine engine = Engine.open("1GB", EngineAccess.reading(input, scored))) {
      Set<String> inputColumns = Set.copyOf(names(engine, reader(engine, input)));
      String output = reader(engine, scored);
      List<String[]> added =
          engine
              .query(
                  "DESCRIBE SELECT * FROM " + output,
                  row -> new String[] {row.getString(1), row.getString(2)})
              .stream()
              .filter(c -> !inputColumns.contains(c[0]))
              .toList();
      if (added.isEmpty()) {
        throw new IllegalStateException(scored + " has no column beyond the input's");
      }
      List<String> means = new ArrayList<>();
      for (String[] column : added) {
        means.add("avg(length(CAST(" + quote(column[0]) + " AS VARCHAR)))");
      }
      List<Double> lengths =
          engine.queryOne(
              "SELECT "
                  + String.join(", ", means)
                  + " FROM (SELECT * FROM "
                  + output
                  + " LIMIT "
                  + SAMPLE_ROWS
                  + ")",
              row -> {
                List<Double> values = new ArrayList<>();
                for (int i = 1; i <= added.size(); i++) {
                  values.add(row.getDouble(i));
                }
                return values;
              });
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < added.size(); i++) {
        columns.add(new Column(added.get(i)[0], added.get(i)[1], lengths.get(i)));
      }
      return new ScoreShape(columns);
    }
  }

  /**
   * Returns the select list of the third side: every input column, then one expression per added
   * column: a text padded or cut to the column's mean length from the row's first input values (so
   * that no two rows need be alike), or a number of the column's type from their hash.
   */
  String selectList(List<String> inputColumns) {
    List<String> sources =
        inputColumns.subList(0, Math.min(SOURCE_COLUMNS, inputColumns.size())).stream()
            .map(c -> "CAST(" + quote(c) + " AS VARCHAR)")
            .toList();
    String text = "concat_ws(' ', " + String.join(", ", sources) + ")";
    List<String> select = new ArrayList<>(List.of("*"));
    for (Column column : columns) {
      String value =
          column.type().toUpperCase(Locale.ROOT).equals("VARCHAR")
              ? "rpad(" + text + ", " + Math.round(column.meanLength()) + ", '.')"
              : "TRY_CAST(hash(" + text + ") % 101 AS " + column.type() + ")";
      select.add(value + " AS " + quote(column.name()));
    }
    return String.join(", ", select);
  }

  /** Describes the columns for the benchmark's output, each as name, type and mean length, e.g. "icp_score VARCHAR 2.0". */
  String describe() {
    return String.join(
        ", ",
        columns.stream()
            .map(c -> String.format(Locale.ROOT, "%s %s %.1f", c.name(), c.type(), c.meanLength()))
            .toList());
  }

  /** Returns the table function that reads the file: a CSV as text, a Parquet file as typed. */
  static String reader(Engine engine, Path file) {
    String path = literal(engine.readable(file).toString());
    return file.getFileName().toString().endsWith(".parquet")
        ? "read_parquet(" + path + ")"
        : "read_csv(" + path + ", all_varchar = true)";
  }

  /** Returns the column names of what the reader reads. */
  static List<String> names(Engine engine, String reader) {
    return engine.query("DESCRIBE SELECT * FROM " + reader, row -> row.getString(1));
  }
}
