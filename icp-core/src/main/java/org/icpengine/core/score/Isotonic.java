package org.icpengine.core.score;

/** The weighted least-squares monotone fit of a sequence, by pooling adjacent violators. */
final class Isotonic {
  private Isotonic() {}

  /**
   * Returns the monotone sequence closest to {@code values} in weighted squared error.
   *
   * @param weights positive weights, one per value
   * @param increasing whether the fit rises (else it falls)
   */
  static double[] fit(double[] values, double[] weights, boolean increasing) {
    int n = values.length;
    double[] level = new double[n];
    double[] weight = new double[n];
    int[] size = new int[n];
    int blocks = 0;
    for (int i = 0; i < n; i++) {
      level[blocks] = increasing ? values[i] : -values[i];
      weight[blocks] = weights[i];
      size[blocks] = 1;
      blocks++;
      while (blocks > 1 && level[blocks - 2] > level[blocks - 1]) {
        double w = weight[blocks - 2] + weight[blocks - 1];
        level[blocks - 2] =
            (weight[blocks - 2] * level[blocks - 2] + weight[blocks - 1] * level[blocks - 1]) / w;
        weight[blocks - 2] = w;
        size[blocks - 2] += size[blocks - 1];
        blocks--;
      }
    }
    double[] fit = new double[n];
    int i = 0;
    for (int k = 0; k < blocks; k++) {
      for (int j = 0; j < size[k]; j++) {
        fit[i++] = increasing ? level[k] : -level[k];
      }
    }
    return fit;
  }
}
