package org.icpengine.data.cohort;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.profile.ColumnProfile;

/**
 * The view an ideal expression is evaluated over: the file's columns under their own names, with
 * numbers, yes/no values and dates cleaned (so that {@code ltv >= 10000} and {@code churned = 'no'}
 * work on messy exports) and every other column as the text the user sees in the file, trimmed,
 * with placeholders read as missing (so that the spellings the user knows match). Only the columns
 * an expression reads are in the view.
 */
final class IdealInput {
  static final String VIEW = "ideal_input";

  private IdealInput() {}

  /** Creates the view with the row position and the given columns, the ones an expression reads. */
  static void create(Dataset dataset, List<String> read) {
    List<String> cleanAliases = new ArrayList<>();
    List<String> projection = new ArrayList<>();
    projection.add("c." + quote(CleanedTable.ROW));
    cleanAliases.add(quote(CleanedTable.ROW));
    List<ColumnProfile> columns = dataset.profile().columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnProfile column = columns.get(i);
      if (!read.contains(column.name())) {
        continue; // a view over both tables would otherwise blank every column of every row
      }
      String name = quote(column.name());
      String alias = quote("clean#" + i);
      cleanAliases.add(name + " AS " + alias);
      projection.add(
          (typed(column.meaning().type()) ? "c." + alias : "icp_blank(r." + name + ")")
              + " AS "
              + name);
    }
    dataset
        .engine()
        .execute(
            "CREATE OR REPLACE VIEW "
                + VIEW
                + " AS SELECT "
                + String.join(", ", projection)
                + " FROM "
                + Dataset.RAW
                + " r POSITIONAL JOIN (SELECT "
                + String.join(", ", cleanAliases)
                + " FROM "
                + Dataset.CLEAN
                + ") c");
  }

  /**
   * Returns a column's SQL in the view: its quoted name, with the NOCASE collation for a text
   * column so that comparisons (=, IN, BETWEEN, LIKE, …) ignore case as the file's readers expect.
   */
  static String columnSql(Dataset dataset, String column) {
    boolean text = dataset.column(column).map(c -> !typed(c.meaning().type())).orElse(Boolean.TRUE);
    return text ? "(" + quote(column) + " COLLATE NOCASE)" : quote(column);
  }

  private static boolean typed(ValueType type) {
    return type == ValueType.NUMBER || type == ValueType.BOOLEAN || type == ValueType.DATE;
  }
}
