package org.icpengine.core.score;

/**
 * The best split of a two-dimensional table of gradient and Hessian sums into four quadrants, one
 * cut on each side's group order — the step FAST ranks pairs by and interaction terms are boosted
 * with. Tables are flat: cell (i, j) of a {@code rows × columns} table is {@code i · columns + j}.
 *
 * @param firstCut the last row group of the first side's lower half
 * @param secondCut the last column group of the second side's lower half
 * @param gain the split's gain over one constant for the whole table (0 when no split helps)
 */
record Quadrants(int firstCut, int secondCut, double gain) {
  /** Finds the best split by two-dimensional cumulative sums, in O(rows · columns). */
  static Quadrants best(double[] g, double[] h, int rows, int columns, double lambda) {
    double[][] sg = new double[rows][columns];
    double[][] sh = new double[rows][columns];
    for (int i = 0; i < rows; i++) {
      double rowG = 0;
      double rowH = 0;
      for (int j = 0; j < columns; j++) {
        rowG += g[i * columns + j];
        rowH += h[i * columns + j];
        sg[i][j] = rowG + (i > 0 ? sg[i - 1][j] : 0);
        sh[i][j] = rowH + (i > 0 ? sh[i - 1][j] : 0);
      }
    }
    double totalG = sg[rows - 1][columns - 1];
    double totalH = sh[rows - 1][columns - 1];
    double none = gain(totalG, totalH, lambda);
    Quadrants best = new Quadrants(rows - 1, columns - 1, 0);
    for (int i = 0; i < rows - 1; i++) {
      for (int j = 0; j < columns - 1; j++) {
        double g11 = sg[i][j];
        double h11 = sh[i][j];
        double g12 = sg[i][columns - 1] - g11;
        double h12 = sh[i][columns - 1] - h11;
        double g21 = sg[rows - 1][j] - g11;
        double h21 = sh[rows - 1][j] - h11;
        double g22 = totalG - g11 - g12 - g21;
        double h22 = totalH - h11 - h12 - h21;
        double split =
            gain(g11, h11, lambda)
                + gain(g12, h12, lambda)
                + gain(g21, h21, lambda)
                + gain(g22, h22, lambda)
                - none;
        if (split > best.gain) {
          best = new Quadrants(i, j, split);
        }
      }
    }
    return best;
  }

  /** Returns the quadrant of a cell: 0 to 3. */
  int quadrant(int row, int column) {
    return (row > firstCut ? 2 : 0) + (column > secondCut ? 1 : 0);
  }

  private static double gain(double g, double h, double lambda) {
    return g * g / (h + lambda);
  }
}
