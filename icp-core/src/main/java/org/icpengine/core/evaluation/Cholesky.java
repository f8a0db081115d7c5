package org.icpengine.core.evaluation;

/** Solves symmetric positive definite linear systems by Cholesky decomposition. */
final class Cholesky {
  /** A pivot this small relative to the largest diagonal entry counts as singular. */
  private static final double SINGULAR = 1e-13;

  private Cholesky() {}

  /**
   * Solves {@code a x = b} for a symmetric positive definite matrix, reading only the upper
   * triangle ({@code a[i][j]} with {@code j >= i}). Returns null when the matrix is not positive
   * definite to working precision. Neither argument is modified.
   */
  static double[] solve(double[][] a, double[] b) {
    int k = b.length;
    double largest = 0;
    for (int i = 0; i < k; i++) {
      largest = Math.max(largest, Math.abs(a[i][i]));
    }
    // Lower factor l with a = l l^T, stored row by row.
    double[][] l = new double[k][k];
    for (int j = 0; j < k; j++) {
      double diagonal = a[j][j];
      for (int m = 0; m < j; m++) {
        diagonal -= l[j][m] * l[j][m];
      }
      if (!(diagonal > SINGULAR * largest) || largest == 0) {
        return null;
      }
      double pivot = Math.sqrt(diagonal);
      l[j][j] = pivot;
      for (int i = j + 1; i < k; i++) {
        double sum = a[j][i];
        for (int m = 0; m < j; m++) {
          sum -= l[i][m] * l[j][m];
        }
        l[i][j] = sum / pivot;
      }
    }
    double[] y = new double[k];
    for (int i = 0; i < k; i++) {
      double sum = b[i];
      for (int m = 0; m < i; m++) {
        sum -= l[i][m] * y[m];
      }
      y[i] = sum / l[i][i];
    }
    double[] x = new double[k];
    for (int i = k - 1; i >= 0; i--) {
      double sum = y[i];
      for (int m = i + 1; m < k; m++) {
        sum -= l[m][i] * x[m];
      }
      x[i] = sum / l[i][i];
    }
    return x;
  }
}
