package org.icpengine.data.source;

/**
 * A problem with one row of the input, kept for the report rather than failing the run.
 *
 * @param line the 1-based line number in the file (the header is line 1)
 * @param column the column concerned, or empty when the whole row is concerned
 * @param rawValue the row or value as it stands in the file, shortened to 200 characters
 * @param reason what is wrong, and what was done about it
 */
public record RowProblem(long line, String column, String rawValue, String reason) {
  /** Shortens the raw value so that one bad row cannot flood a report. */
  public RowProblem {
    rawValue = rawValue == null ? "" : rawValue;
    if (rawValue.length() > 200) {
      rawValue = rawValue.substring(0, 200) + "…";
    }
    column = column == null ? "" : column;
  }

  /** Returns the problem as one readable line. */
  public String describe() {
    return "line " + line + (column.isEmpty() ? "" : ", column '" + column + "'") + ": " + reason;
  }
}
