package org.icpengine.data.profile;

import static org.icpengine.data.engine.Engine.literal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.clean.DateFormats;
import org.icpengine.data.engine.Engine;

/**
 * Gathers {@link ColumnEvidence} from an evenly spaced sample of a raw table: one query counts what
 * each parser reads in every column; the date layouts are tried only on columns whose values look
 * like dates, because trying two dozen layouts on every value is the costly part.
 *
 * <p>The sample is held long, one row per column and distinct non-missing value with its count, so
 * that every query here has the same few expressions however wide the file is (a query with a set
 * of expressions per column costs the engine's planner time that grows faster than the number of
 * columns), and each parser runs once per distinct value rather than once per row.
 */
final class SampleEvidence {
  static final int SAMPLE_ROWS = 20_000;
  static final int MAX_DISTINCT = 5_000;
  private static final int COUNTS = 7;
  private static final String DATE_SHAPE =
      "'^[0-9]{1,4}[-/. ][0-9]{1,2}[-/. ][0-9]{1,4}|^[0-9]{1,2}[- ][A-Za-z]{3}|^[A-Za-z]{3,9}\\.?"
          + " [0-9]{1,2}'";

  private final Engine engine;
  private final String sample;

  private SampleEvidence(Engine engine, String sample) {
    this.engine = engine;
    this.sample = sample;
  }

  /**
   * Draws a sample of the raw table, every row of a table of at most {@link #SAMPLE_ROWS} rows and
   * otherwise every k-th row, k the smallest that keeps the sample within that many, spread over
   * the whole file and the same for the same file (a seeded reservoir is too, but costs a pass over
   * every row and column; a {@code system} sample of row groups is cheaper but differs from run to
   * run). Every value is blanked (trimmed, placeholders missing) and held as rows of column name
   * {@code c}, distinct value {@code b} and its count {@code n}: each parser then runs once per
   * distinct value.
   */
  static SampleEvidence of(Engine engine, String rawTable, List<String> columns) {
    return of(engine, rawTable, columns, rawTable + "_sample");
  }

  /** Draws the sample of the given columns of the raw table into a table named {@code sample}. */
  static SampleEvidence of(Engine engine, String rawTable, List<String> columns, String sample) {
    long step = Math.max(1, (engine.count(rawTable) + SAMPLE_ROWS - 1) / SAMPLE_ROWS);
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + sample
            + " AS SELECT c, b, count(*) AS n FROM (SELECT c, icp_blank(v) AS b FROM (UNPIVOT"
            + " (SELECT "
            + String.join(", ", columns.stream().map(Engine::quote).toList())
            + " FROM "
            + rawTable
            + " WHERE rowid % "
            + step
            + " = 0) ON COLUMNS(*) INTO NAME c VALUE v)) WHERE b IS NOT NULL GROUP BY c, b");
    return new SampleEvidence(engine, sample);
  }

  String table() {
    return sample;
  }

  /** Returns the evidence of every column, in the order given. */
  List<ColumnEvidence> of(List<String> columns) {
    Map<String, long[]> counts = counts();
    List<String> datelike = new ArrayList<>();
    for (String column : columns) {
      long[] c = counts.getOrDefault(column, new long[COUNTS + 1]);
      if (c[6] > 0 && c[6] >= 0.5 * c[0]) {
        datelike.add(column);
      }
    }
    Map<String, long[]> dates = dates(datelike);
    Map<String, Map<String, Long>> values = values();
    List<ColumnEvidence> evidence = new ArrayList<>();
    for (String column : columns) {
      long[] c = counts.getOrDefault(column, new long[COUNTS + 1]);
      long[] d = dates.getOrDefault(column, new long[DateFormats.CANDIDATES.size()]);
      int best = best(d);
      evidence.add(
          new ColumnEvidence(
              c[0],
              c[1],
              c[2],
              c[3],
              c[4],
              c[5],
              best < 0 ? Optional.empty() : Optional.of(DateFormats.CANDIDATES.get(best)),
              best < 0 ? 0 : d[best],
              values.getOrDefault(column, Map.of()),
              c[COUNTS]));
    }
    return evidence;
  }

  /** Counts, per column name, what each parser reads; columns with no value are absent. */
  private Map<String, long[]> counts() {
    List<String> counts =
        List.of(
            "sum(n)",
            weighted("icp_is_num(b)"),
            weighted("icp_bool(b) IS NOT NULL"),
            weighted("icp_is_domain(b)"),
            weighted("contains(b, ';') OR contains(b, '|')"),
            weighted("contains(b, ',')"),
            weighted("regexp_matches(b, " + DATE_SHAPE + ")"),
            "count(*)");
    return byColumn(
        "SELECT c, " + String.join(", ", counts) + " FROM " + sample + " GROUP BY c", COUNTS + 1);
  }

  private Map<String, long[]> dates(List<String> columns) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    List<String> counts = new ArrayList<>();
    for (String format : DateFormats.CANDIDATES) {
      counts.add(weighted("try_strptime(b, " + literal(format) + ") IS NOT NULL"));
    }
    String names = String.join(", ", columns.stream().map(Engine::literal).toList());
    return byColumn(
        "SELECT c, "
            + String.join(", ", counts)
            + " FROM "
            + sample
            + " WHERE c IN ("
            + names
            + ") GROUP BY c",
        counts.size());
  }

  /** Returns the number of sampled values meeting the condition. */
  private static String weighted(String condition) {
    return "coalesce(sum(n) FILTER (WHERE " + condition + "), 0)";
  }

  /** Runs a query whose rows are a column name and {@code width} counts, keyed by the name. */
  private Map<String, long[]> byColumn(String sql, int width) {
    Map<String, long[]> result = new HashMap<>();
    engine.query(
        sql,
        row -> {
          long[] values = new long[width];
          for (int j = 0; j < width; j++) {
            values[j] = row.getLong(j + 2);
          }
          return result.put(row.getString(1), values);
        });
    return result;
  }

  private static int best(long[] dates) {
    int best = -1;
    for (int i = 0; i < dates.length; i++) {
      if (dates[i] > 0 && (best < 0 || dates[i] > dates[best])) {
        best = i;
      }
    }
    return best;
  }

  /** Returns each column's most frequent values, most frequent first, at most MAX_DISTINCT. */
  private Map<String, Map<String, Long>> values() {
    Map<String, Map<String, Long>> values = new HashMap<>();
    engine.query(
        "SELECT c, b, n FROM "
            + sample
            + " QUALIFY row_number() OVER (PARTITION BY c ORDER BY n DESC, b) <= "
            + MAX_DISTINCT
            + " ORDER BY c, n DESC, b",
        row ->
            values
                .computeIfAbsent(row.getString(1), c -> new LinkedHashMap<>())
                .put(row.getString(2), row.getLong(3)));
    return values;
  }
}
