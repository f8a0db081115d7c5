package org.icpengine.core.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** False discovery rate control over a family of p-values. */
public final class FalseDiscovery {
  private FalseDiscovery() {}

  /**
   * Returns the Benjamini–Hochberg adjusted p-values (q-values), in the order of {@code pValues}:
   * q(i) = min over j with p(j) ≥ p(i) of p(j)·m / rank(j), capped at 1. A hypothesis is rejected
   * at level q exactly when its q-value is at most q. NaN p-values count as 1.
   *
   * @throws IllegalArgumentException if a p-value is outside [0, 1]
   */
  public static double[] benjaminiHochberg(double[] pValues) {
    int m = pValues.length;
    double[] p = Arrays.stream(pValues).map(v -> Double.isNaN(v) ? 1 : v).toArray();
    for (double v : p) {
      if (v < 0 || v > 1) {
        throw new IllegalArgumentException("a p-value lies in [0, 1], was " + v);
      }
    }
    Integer[] order =
        IntStream.range(0, m)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> p[i]))
            .toArray(Integer[]::new);
    double[] q = new double[m];
    double running = 1;
    for (int rank = m; rank >= 1; rank--) {
      int i = order[rank - 1];
      running = Math.min(running, p[i] * m / rank);
      q[i] = running;
    }
    return q;
  }
}
