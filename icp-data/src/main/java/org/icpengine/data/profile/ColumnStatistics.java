package org.icpengine.data.profile;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.clean.ColumnPlan;
import org.icpengine.data.engine.Engine;

/** Counts, distinct values, spreads and top values of cleaned columns, in few engine passes. */
final class ColumnStatistics {
  static final int TOP_VALUES = 5;

  /** The most columns one aggregate query covers. */
  private static final int BATCH = 50;

  /** The figures of one column. */
  record Figures(
      long nonMissing,
      long distinct,
      boolean approximate,
      List<ValueCount> top,
      Optional<NumberSummary> numbers) {}

  private final Engine engine;
  private final String view;

  ColumnStatistics(Engine engine, String view) {
    this.engine = engine;
    this.view = view;
  }

  /** Computes the figures of every column; categorical ones get exact counts. */
  List<Figures> of(List<ColumnPlan> plans, List<ColumnEvidence> evidence) {
    List<double[]> scalars = scalars(plans);
    List<List<ValueCount>> counted = valueCounts(plans);
    List<Figures> figures = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      ColumnPlan plan = plans.get(i);
      double[] s = scalars.get(i);
      Optional<NumberSummary> numbers =
          plan.type() == ValueType.NUMBER && s[0] > 0
              ? Optional.of(new NumberSummary(s[2], s[3], s[4], s[5]))
              : Optional.empty();
      if (plan.type().isCategorical() || plan.type() == ValueType.BOOLEAN) {
        List<ValueCount> all = counted.get(i);
        List<ValueCount> top = all.subList(0, Math.min(TOP_VALUES, all.size()));
        figures.add(new Figures((long) s[0], all.size(), false, top, numbers));
      } else {
        List<ValueCount> top =
            plan.type() == ValueType.NUMBER ? List.of() : sampleTop(evidence.get(i));
        long distinct = Math.min((long) s[1], (long) s[0]); // the estimate can overshoot
        figures.add(new Figures((long) s[0], distinct, true, top, numbers));
      }
    }
    return figures;
  }

  /** Reads six figures per column, {@link #BATCH} columns per query to keep planning linear. */
  private List<double[]> scalars(List<ColumnPlan> plans) {
    List<double[]> result = new ArrayList<>();
    for (int from = 0; from < plans.size(); from += BATCH) {
      result.addAll(scalarsOfBatch(plans.subList(from, Math.min(plans.size(), from + BATCH))));
    }
    return result;
  }

  private List<double[]> scalarsOfBatch(List<ColumnPlan> plans) {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < plans.size(); i++) {
      String c = quote(plans.get(i).name());
      boolean number = plans.get(i).type() == ValueType.NUMBER;
      sql.append(i == 0 ? "" : ", ")
          .append("count(")
          .append(c)
          .append("), approx_count_distinct(")
          .append(c)
          .append("), ")
          .append(
              number
                  ? "min("
                      + c
                      + "), approx_quantile("
                      + c
                      + ", 0.5), max("
                      + c
                      + "), avg("
                      + c
                      + ")"
                  : "0, 0, 0, 0");
    }
    sql.append(" FROM ").append(view);
    return engine.queryOne(
        sql.toString(),
        row -> {
          List<double[]> result = new ArrayList<>();
          for (int i = 0; i < plans.size(); i++) {
            double[] values = new double[6];
            for (int j = 0; j < 6; j++) {
              values[j] = row.getDouble(i * 6 + j + 1);
            }
            result.add(values);
          }
          return result;
        });
  }

  /**
   * Every value of each categorical and yes/no column with its row count, most used first (ties by
   * value), in plan order; empty lists for the other columns. The single-valued columns are counted
   * {@link #BATCH} at a time in one statement over the values held long, each multi-valued column
   * (counted by item) in one of its own.
   */
  private List<List<ValueCount>> valueCounts(List<ColumnPlan> plans) {
    List<List<ValueCount>> counts = new ArrayList<>();
    List<Integer> single = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      counts.add(new ArrayList<>());
      ValueType type = plans.get(i).type();
      if (type == ValueType.SET) {
        String values = "SELECT unnest(" + quote(plans.get(i).name()) + ") AS v FROM " + view;
        counts.get(i).addAll(engine.query(counted("NULL", values), ColumnStatistics::count));
      } else if (type.isCategorical() || type == ValueType.BOOLEAN) {
        single.add(i);
      }
    }
    for (int from = 0; from < single.size(); from += BATCH) {
      String columns =
          single.subList(from, Math.min(single.size(), from + BATCH)).stream()
              .map(i -> "CAST(" + quote(plans.get(i).name()) + " AS VARCHAR) AS " + quote("" + i))
              .collect(java.util.stream.Collectors.joining(", "));
      String values =
          "UNPIVOT (SELECT " + columns + " FROM " + view + ") ON COLUMNS(*) INTO NAME c VALUE v";
      engine.query(
          counted("c", values),
          row -> counts.get(Integer.parseInt(row.getString(3))).add(count(row)));
    }
    return counts;
  }

  /** Counts the values {@code v} of a relation per column {@code c}, most used first. */
  private static String counted(String column, String values) {
    return "SELECT v, count(*) AS n, "
        + column
        + " AS c FROM ("
        + values
        + ") WHERE v IS NOT NULL GROUP BY ALL ORDER BY c, n DESC, v";
  }

  private static ValueCount count(java.sql.ResultSet row) throws java.sql.SQLException {
    return new ValueCount(row.getString(1), row.getLong(2));
  }

  private static List<ValueCount> sampleTop(ColumnEvidence evidence) {
    return evidence.values().entrySet().stream()
        .limit(TOP_VALUES)
        .map(e -> new ValueCount(e.getKey(), e.getValue()))
        .toList();
  }
}
