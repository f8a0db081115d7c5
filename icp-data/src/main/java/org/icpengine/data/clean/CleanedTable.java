package org.icpengine.data.clean;

import java.util.List;
import java.util.Optional;

/**
 * A cleaned table in the engine.
 *
 * @param view the view with the row position ({@link #ROW}) and one cleaned column per input
 *     column, in input order
 * @param changesTable the table that also holds each value's change code
 * @param columns what cleaning did, per column, in input order
 */
public record CleanedTable(String view, String changesTable, List<CleanedColumn> columns) {
  /** The view's first column: each row's 0-based position in the raw table. */
  public static final String ROW = "icp#row";

  /** Copies the list so the record stays immutable. */
  public CleanedTable {
    columns = List.copyOf(columns);
  }

  /** Returns the column with the given name, if there is one. */
  public Optional<CleanedColumn> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
