package org.icpengine.data.cohort;

import java.util.List;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.ideal.IdealExpression;

/**
 * Marks the rows of a dataset inside a segment written in the ideal expression language (parsed by
 * {@link IdealExpression}'s allow-list and written back as SQL, never the user's text): table
 * {@link #FLAGS}, one boolean {@code inside} per row, keyed by {@link CleanedTable#ROW}.
 */
public final class SegmentFlags {
  /** The engine table of segment flags. */
  public static final String FLAGS = "segment_flags";

  private SegmentFlags() {}

  /**
   * Checks that an expression is in the language before any file is read.
   *
   * @throws InputException when the expression is invalid or not allowed
   */
  public static void check(String expression) {
    try {
      IdealExpression.parse(expression.strip());
    } catch (InputException e) {
      throw new InputException(e.getMessage().replaceFirst("--ideal", "--segment"), e);
    }
  }

  /**
   * Marks the rows and returns how many are inside.
   *
   * @throws InputException when the expression is invalid or not allowed, or names unknown columns
   */
  public static long mark(Dataset dataset, String expression) {
    IdealExpression parsed;
    List<String> read;
    String sql;
    try {
      parsed = IdealExpression.parse(expression.strip());
      read = IdealColumns.read(dataset, parsed);
      sql =
          parsed.toSql(
              reference ->
                  IdealInput.columnSql(
                      dataset, IdealColumns.resolve(dataset.columns(), reference)));
    } catch (InputException e) {
      throw new InputException(e.getMessage().replaceFirst("--ideal", "--segment"), e);
    }
    Ideals.flagRows(dataset, new Ideals.RowFlags(sql, read, FLAGS, "inside", "--segment"));
    return dataset.engine().queryOne("SELECT count_if(inside) FROM " + FLAGS, r -> r.getLong(1));
  }
}
