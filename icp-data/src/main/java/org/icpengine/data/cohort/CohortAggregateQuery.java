package org.icpengine.data.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.icpengine.core.cohort.CohortAggregates;
import org.icpengine.core.cohort.MedianEstimate;
import org.icpengine.core.stats.Moments;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;

/**
 * The SQL that computes {@link CohortAggregates}: counts, sums and sums of squares per cohort in
 * one grouped pass, and the median of LTV with its distribution-free 95 % interval from order
 * statistics (ranks as in {@link org.icpengine.core.stats.Medians#orderStatisticRanks}).
 */
final class CohortAggregateQuery {
  private static final String SUMS =
      "count(*), count_if(ideal), count(ltv), sum(ltv), sum(ltv * ltv), count(nrr), sum(nrr),"
          + " sum(nrr * nrr), count(cac), sum(cac), sum(cac * cac), count(churned),"
          + " count_if(churned), count(won), count_if(won)";

  private CohortAggregateQuery() {}

  static CohortAggregates total(Engine engine, String table) {
    Map<String, MedianEstimate> medians = medians(engine, table, List.of());
    return engine.queryOne(
        "SELECT 'All accounts', " + SUMS + " FROM " + table, row -> read(row, 1, medians.get("")));
  }

  static List<CohortAggregates> grouped(Engine engine, String view, int keys, int max) {
    List<String> keyColumns = IntStream.range(0, keys).mapToObj(i -> "k" + i).toList();
    String label = keyColumns.stream().collect(Collectors.joining(" || ' × ' || "));
    long groups =
        engine.queryOne(
            "SELECT count(*) FROM (SELECT DISTINCT "
                + String.join(", ", keyColumns)
                + " FROM "
                + view
                + ")",
            r -> r.getLong(1));
    if (groups > max) {
      throw new InputException(
          "--by gives "
              + groups
              + " cohorts, more than "
              + max
              + " can be compared: choose columns with fewer values");
    }
    Map<String, MedianEstimate> medians = medians(engine, view, keyColumns);
    return engine.query(
        "SELECT "
            + label
            + " AS label, "
            + SUMS
            + " FROM "
            + view
            + " GROUP BY label ORDER BY label",
        row -> read(row, 1, medians.getOrDefault(row.getString(1), MedianEstimate.missing())));
  }

  private static CohortAggregates read(ResultSet row, int first, MedianEstimate median)
      throws SQLException {
    int i = first;
    String label = row.getString(i++);
    long accounts = row.getLong(i++);
    long ideal = row.getLong(i++);
    Moments ltv = moments(row, i);
    Moments nrr = moments(row, i + 3);
    Moments cac = moments(row, i + 6);
    i += 9;
    return new CohortAggregates(
        label,
        accounts,
        ideal,
        ltv,
        median == null ? MedianEstimate.missing() : median,
        nrr,
        cac,
        row.getLong(i),
        row.getLong(i + 1),
        row.getLong(i + 2),
        row.getLong(i + 3));
  }

  private static Moments moments(ResultSet row, int column) throws SQLException {
    long count = row.getLong(column);
    return count == 0
        ? Moments.empty()
        : new Moments(count, row.getDouble(column + 1), row.getDouble(column + 2));
  }

  private static Map<String, MedianEstimate> medians(
      Engine engine, String relation, List<String> keys) {
    String label = keys.isEmpty() ? "''" : String.join(" || ' × ' || ", keys);
    String partition = keys.isEmpty() ? "" : "PARTITION BY " + String.join(", ", keys);
    String sql =
        "SELECT label, median(ltv), max(ltv) FILTER (WHERE rn = greatest(1,"
            + " floor(n / 2.0 - 0.98 * sqrt(n)))), max(ltv) FILTER (WHERE rn = least(n,"
            + " ceil(n / 2.0 + 1 + 0.98 * sqrt(n)))) FROM (SELECT "
            + label
            + " AS label, ltv,"
            + " row_number() OVER ("
            + partition
            + " ORDER BY ltv) AS rn, count(*) OVER ("
            + partition
            + ") AS n FROM "
            + relation
            + " WHERE ltv IS NOT NULL) GROUP BY label";
    Map<String, MedianEstimate> medians = new HashMap<>();
    List<Object[]> rows =
        engine.query(
            sql,
            r -> new Object[] {r.getString(1), r.getDouble(2), r.getDouble(3), r.getDouble(4)});
    for (Object[] r : new ArrayList<>(rows)) {
      medians.put((String) r[0], new MedianEstimate((Double) r[1], (Double) r[2], (Double) r[3]));
    }
    return medians;
  }
}
