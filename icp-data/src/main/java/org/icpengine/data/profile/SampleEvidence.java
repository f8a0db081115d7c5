package org.icpengine.data.profile;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.clean.DateFormats;
import org.icpengine.data.engine.Engine;

/**
 * Gathers {@link ColumnEvidence} from a seeded reservoir sample of a raw table: one query counts
 * what each parser reads in every column; the date layouts are tried only on columns whose values
 * look like dates, because trying two dozen layouts on every value is the costly part.
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
   * Draws a seeded sample of the raw table, so that the same file always infers the same, with
   * every value already blanked (trimmed, placeholders missing) under the column's own name.
   */
  static SampleEvidence of(Engine engine, String rawTable, List<String> columns) {
    String sample = rawTable + "_sample";
    List<String> blanked = new ArrayList<>();
    for (String column : columns) {
      blanked.add("icp_blank(" + quote(column) + ") AS " + quote(column));
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + sample
            + " AS SELECT "
            + String.join(", ", blanked)
            + " FROM (SELECT * FROM "
            + rawTable
            + " USING SAMPLE reservoir("
            + SAMPLE_ROWS
            + " ROWS) REPEATABLE (42))");
    return new SampleEvidence(engine, sample);
  }

  String table() {
    return sample;
  }

  /** Returns the evidence of every column, in the order given. */
  List<ColumnEvidence> of(List<String> columns) {
    List<long[]> counts = counts(columns);
    List<ColumnEvidence> evidence = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      long[] c = counts.get(i);
      boolean datelike = c[6] > 0 && c[6] >= 0.5 * c[0];
      long[] dates = datelike ? dates(columns.get(i)) : new long[DateFormats.CANDIDATES.size()];
      int best = best(dates);
      evidence.add(
          new ColumnEvidence(
              c[0],
              c[1],
              c[2],
              c[3],
              c[4],
              c[5],
              best < 0 ? Optional.empty() : Optional.of(DateFormats.CANDIDATES.get(best)),
              best < 0 ? 0 : dates[best],
              values(columns.get(i)),
              c[COUNTS]));
    }
    return evidence;
  }

  private List<long[]> counts(List<String> columns) {
    List<String> aggregates = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String b = "b" + i;
      aggregates.add(
          String.join(
              ", ",
              "count(" + b + ")",
              "count_if(icp_is_num(" + b + "))",
              "count(icp_bool(" + b + "))",
              "count_if(icp_is_domain(" + b + "))",
              "count_if(contains(" + b + ", ';') OR contains(" + b + ", '|'))",
              "count_if(contains(" + b + ", ','))",
              "count_if(regexp_matches(" + b + ", " + DATE_SHAPE + "))",
              "approx_count_distinct(" + b + ")"));
    }
    List<String> blanked = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      blanked.add(quote(columns.get(i)) + " AS b" + i);
    }
    String sql =
        "SELECT "
            + String.join(", ", aggregates)
            + " FROM (SELECT "
            + String.join(", ", blanked)
            + " FROM "
            + sample
            + ")";
    return engine.queryOne(
        sql,
        row -> {
          List<long[]> result = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            long[] values = new long[COUNTS + 1];
            for (int j = 0; j <= COUNTS; j++) {
              values[j] = row.getLong(i * (COUNTS + 1) + j + 1);
            }
            result.add(values);
          }
          return result;
        });
  }

  private long[] dates(String column) {
    StringBuilder sql = new StringBuilder("SELECT ");
    List<String> formats = DateFormats.CANDIDATES;
    for (int i = 0; i < formats.size(); i++) {
      sql.append(i == 0 ? "" : ", ")
          .append("count(try_strptime(b, ")
          .append(literal(formats.get(i)))
          .append("))");
    }
    sql.append(" FROM (SELECT ")
        .append(quote(column))
        .append(" AS b FROM ")
        .append(sample)
        .append(")");
    return engine.queryOne(
        sql.toString(),
        row -> {
          long[] counts = new long[formats.size()];
          for (int i = 0; i < counts.length; i++) {
            counts[i] = row.getLong(i + 1);
          }
          return counts;
        });
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

  private Map<String, Long> values(String column) {
    Map<String, Long> values = new LinkedHashMap<>();
    engine.query(
        "SELECT b, count(*) AS n FROM (SELECT "
            + quote(column)
            + " AS b FROM "
            + sample
            + ") WHERE b IS NOT NULL GROUP BY b ORDER BY n DESC, b LIMIT "
            + MAX_DISTINCT,
        row -> values.put(row.getString(1), row.getLong(2)));
    return values;
  }
}
