package org.icpengine.data.profile;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.clean.DateFormats;
import org.icpengine.data.engine.Engine;

/** Gathers {@link ColumnEvidence} from a reservoir sample of a raw table. */
final class SampleEvidence {
  static final int SAMPLE_ROWS = 20_000;
  static final int MAX_DISTINCT = 5_000;

  private final Engine engine;
  private final String sample;

  private SampleEvidence(Engine engine, String sample) {
    this.engine = engine;
    this.sample = sample;
  }

  /** Draws a seeded sample of the raw table, so that the same file always infers the same. */
  static SampleEvidence of(Engine engine, String rawTable) {
    String sample = rawTable + "_sample";
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + sample
            + " AS SELECT * FROM "
            + rawTable
            + " USING SAMPLE reservoir("
            + SAMPLE_ROWS
            + " ROWS) REPEATABLE (42)");
    return new SampleEvidence(engine, sample);
  }

  String table() {
    return sample;
  }

  ColumnEvidence of(String column) {
    String b = "icp_blank(" + quote(column) + ")";
    StringBuilder sql =
        new StringBuilder("SELECT count(b), count(icp_num(b)), count(icp_bool(b)),")
            .append(" count(icp_domain(b)), count_if(b SIMILAR TO '.*[;|].*'),")
            .append(" count_if(b LIKE '%,%'), approx_count_distinct(b)");
    List<String> formats = DateFormats.CANDIDATES;
    for (String format : formats) {
      sql.append(", count(try_strptime(b, ").append(literal(format)).append("))");
    }
    sql.append(" FROM (SELECT ").append(b).append(" AS b FROM ").append(sample).append(")");
    long[] counts =
        engine.queryOne(
            sql.toString(),
            row -> {
              long[] result = new long[7 + formats.size()];
              for (int i = 0; i < result.length; i++) {
                result[i] = row.getLong(i + 1);
              }
              return result;
            });
    int best = -1;
    for (int i = 0; i < formats.size(); i++) {
      if (counts[7 + i] > 0 && (best < 0 || counts[7 + i] > counts[7 + best])) {
        best = i;
      }
    }
    return new ColumnEvidence(
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        counts[4],
        counts[5],
        best < 0 ? Optional.empty() : Optional.of(formats.get(best)),
        best < 0 ? 0 : counts[7 + best],
        values(b),
        counts[6]);
  }

  private Map<String, Long> values(String blanked) {
    Map<String, Long> values = new LinkedHashMap<>();
    engine.query(
        "SELECT b, count(*) AS n FROM (SELECT "
            + blanked
            + " AS b FROM "
            + sample
            + ") WHERE b IS NOT NULL GROUP BY b ORDER BY n DESC, b LIMIT "
            + MAX_DISTINCT,
        row -> values.put(row.getString(1), row.getLong(2)));
    return values;
  }
}
