package org.icpengine.data;

import static org.icpengine.data.engine.Engine.quote;

import java.util.Locale;
import java.util.Optional;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.data.clean.ChangeKind;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.DatasetProfile;

/**
 * The open deals of a file whose outcome is a pipeline stage: rows neither won nor lost. They are
 * left out of the rows every command models, so that win rates, the ideal definition and training
 * count decided deals only; the profile still describes the whole file.
 *
 * @param column the stage column
 * @param rows the open rows left out (a stage neither won nor lost, or no stage)
 */
public record OpenRows(String column, long rows) {
  /** Returns the finding in words, for derive's output, icp.json and the report. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%,d open deals (%s neither won nor lost) were left out of win rates and training",
        rows,
        column);
  }

  /** Returns the stage outcome with open rows, if the file has one. */
  static Optional<OpenRows> of(DatasetProfile profile) {
    for (ColumnProfile column : profile.columns()) {
      long open = column.cleaning().count(ChangeKind.OPEN);
      if (open > 0 && column.meaning().isOutcome(OutcomeKind.WON)) {
        return Optional.of(new OpenRows(column.name(), column.missing()));
      }
    }
    return Optional.empty();
  }

  /**
   * Keeps only the decided rows in the raw table and the cleaned table, numbering them again from 0
   * in file order, so that every row position the commands use is a decided deal.
   */
  void leaveOut(Engine engine, String rawTable, CleanedTable cleaned) {
    String stage = quote(column);
    String row = quote(CleanedTable.ROW);
    String all = cleaned.changesTable();
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + quote(rawTable + "#decided")
            + " AS SELECT r.* FROM "
            + rawTable
            + " r POSITIONAL JOIN (SELECT "
            + stage
            + " AS icp_keep FROM "
            + all
            + " ORDER BY "
            + row
            + ") c WHERE c.icp_keep IS NOT NULL");
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + quote(all + "#decided")
            + " AS SELECT * REPLACE (row_number() OVER (ORDER BY "
            + row
            + ") - 1 AS "
            + row
            + ") FROM "
            + all
            + " WHERE "
            + stage
            + " IS NOT NULL ORDER BY "
            + row);
    replace(engine, rawTable);
    replace(engine, all);
  }

  private static void replace(Engine engine, String table) {
    engine.execute("DROP TABLE " + table);
    engine.execute("ALTER TABLE " + quote(table + "#decided") + " RENAME TO " + quote(table));
  }
}
