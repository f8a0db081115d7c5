package org.icpengine.data.cohort;

/**
 * How many accounts an ideal definition marks, without refusing a definition that marks none or
 * all: for showing the count while the definition is being written.
 *
 * @param expression the definition in the ideal language, as evaluated
 * @param idealRows the number of rows it marks ideal
 * @param rows the number of rows it was evaluated on
 */
public record IdealCount(String expression, long idealRows, long rows) {
  /** Checks the counts. */
  public IdealCount {
    if (idealRows < 0 || idealRows > rows) {
      throw new IllegalStateException(idealRows + " ideal rows of " + rows);
    }
  }

  /**
   * Returns what would stop a derive with this definition, in words, or an empty text when it marks
   * some rows but not all.
   */
  public String problem() {
    if (idealRows == 0) {
      return "no account qualifies: loosen the definition";
    }
    if (idealRows == rows) {
      return "every account qualifies, so nothing tells ideal customers apart: tighten the"
          + " definition";
    }
    return "";
  }
}
