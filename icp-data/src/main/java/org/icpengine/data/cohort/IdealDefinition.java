package org.icpengine.data.cohort;

import java.util.List;

/**
 * Which accounts count as ideal: a SQL boolean expression over the file's columns.
 *
 * @param expression the expression, in the engine's SQL dialect
 * @param description the definition in words
 * @param isDefault whether ICP Engine chose it because the user gave none
 * @param columnsRead the file columns the expression reads: outcomes, never traits
 * @param idealRows the number of rows the expression marks ideal
 * @param rows the number of rows it was evaluated on
 */
public record IdealDefinition(
    String expression,
    String description,
    boolean isDefault,
    List<String> columnsRead,
    long idealRows,
    long rows) {

  /** Copies the list so the record stays immutable. */
  public IdealDefinition {
    columnsRead = List.copyOf(columnsRead);
  }

  /** Returns the share of rows that are ideal, from 0 to 1. */
  public double idealRate() {
    return rows == 0 ? 0 : (double) idealRows / rows;
  }
}
