package org.icpengine.core.evaluation;

/** The explanatory columns of a logistic regression, row by row, without the intercept column. */
interface Design {
  /** Returns the number of rows. */
  int rows();

  /** Returns the number of columns, not counting the intercept. */
  int columns();

  /** Writes the row's values, one per column, into {@code into}. */
  void fill(int row, double[] into);
}
