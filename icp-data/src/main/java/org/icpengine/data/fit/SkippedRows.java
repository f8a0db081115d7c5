package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.RowProblem;

/** The rows the reader could not split, put back in their places in the scored output. */
final class SkippedRows {
  private SkippedRows() {}

  /**
   * Puts the rows the reader had to skip (more fields than the header) back in their places, with
   * empty columns and a reason that quotes the line: each goes after the readable rows that came
   * before its line in the file (counting one line per row).
   */
  static void place(Engine engine, List<RowProblem> skipped, String raw, String scores) {
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
            + raw
            + "_placed AS SELECT * EXCLUDE ("
            + position
            + ") FROM (SELECT *, CAST(rowid AS DOUBLE) AS "
            + position
            + " FROM "
            + raw
            + " UNION ALL BY NAME SELECT position AS "
            + position
            + " FROM "
            + rows
            + ") ORDER BY "
            + position);
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + scores
            + "_placed AS SELECT * EXCLUDE ("
            + position
            + ") FROM (SELECT *, CAST("
            + quote(CleanedTable.ROW)
            + " AS DOUBLE) AS "
            + position
            + " FROM "
            + scores
            + " UNION ALL BY NAME SELECT position AS "
            + position
            + ", reason AS "
            + ScoreSql.REASONS
            + " FROM "
            + rows
            + ") ORDER BY "
            + position);
    engine.execute("DROP TABLE " + scores);
    engine.execute("ALTER TABLE " + scores + "_placed RENAME TO " + scores);
    engine.execute("DROP TABLE " + raw);
    engine.execute("ALTER TABLE " + raw + "_placed RENAME TO " + raw);
  }
}
