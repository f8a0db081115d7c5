package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.RowProblem;

/**
 * The first problem rows of every cleaned column, found in one statement: per column with problems,
 * the first {@link Cleaner#PROBLEM_EXAMPLES} rows whose change code says unreadable or unrecognised
 * (a top-N over that column's code alone), their raw text fetched by row position. One statement
 * per column, each with a scan and a window over the whole table, cost more than the rest of the
 * small statements of cleaning together.
 */
final class ProblemRows {
  private final Engine engine;

  ProblemRows(Engine engine) {
    this.engine = engine;
  }

  /**
   * Returns each planned column's problem rows, in plan order, first line first.
   *
   * @param raw the raw table, whose {@code rowid} is a row's position
   * @param table a table with {@link CleanedTable#ROW} and each column's change code
   * @param plans the cleaned columns
   * @param counts each column's values per change code, in plan order
   */
  List<List<RowProblem>> of(
      String raw, String table, List<ColumnPlan> plans, List<Map<ChangeKind, Long>> counts) {
    List<List<RowProblem>> problems = new ArrayList<>();
    List<String> firsts = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < plans.size(); i++) {
      problems.add(new ArrayList<>());
      if (counts.get(i).entrySet().stream()
          .anyMatch(e -> e.getKey().isProblem() && e.getValue() > 0)) {
        firsts.add(first(table, plans.get(i), i));
        values.add("WHEN " + i + " THEN CAST(r." + quote(plans.get(i).name()) + " AS VARCHAR)");
      }
    }
    if (firsts.isEmpty()) {
      return problems;
    }
    engine.query(
        "SELECT p.i, p.pos + 2 AS line, CASE p.i "
            + String.join(" ", values)
            + " END AS value, p.code FROM ("
            + String.join(" UNION ALL ", firsts)
            + ") p JOIN "
            + raw
            + " r ON r.rowid = p.pos ORDER BY p.i, line",
        row -> {
          ColumnPlan plan = plans.get(row.getInt(1));
          return problems
              .get(row.getInt(1))
              .add(
                  new RowProblem(
                      row.getLong(2),
                      plan.name(),
                      row.getString(3),
                      Cleaner.reason(
                          plan.type(), row.getInt(4) == ChangeKind.UNRECOGNISED.code())));
        });
    return problems;
  }

  /** The first problem rows of one column: their position and change code. */
  private static String first(String table, ColumnPlan plan, int index) {
    String row = quote(CleanedTable.ROW);
    String change = quote(plan.name() + Cleaner.CHANGE_SUFFIX);
    return "(SELECT "
        + index
        + " AS i, "
        + row
        + " AS pos, "
        + change
        + " AS code FROM "
        + table
        + " WHERE "
        + change
        + " IN ("
        + ChangeKind.UNREADABLE.code()
        + ", "
        + ChangeKind.UNRECOGNISED.code()
        + ") ORDER BY pos LIMIT "
        + Cleaner.PROBLEM_EXAMPLES
        + ")";
  }
}
