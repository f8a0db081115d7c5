package org.icpengine.core.discovery;

import org.icpengine.core.stats.FalseDiscovery;

/** False discovery rate control over a family of p-values. */
final class QValues {
  private QValues() {}

  /**
   * Returns the Benjamini–Hochberg adjusted p-values (q-values), in the order of {@code pValues}:
   * q(i) = min over j with p(j) ≥ p(i) of p(j)·m / rank(j), capped at 1. A hypothesis is rejected
   * at level q exactly when its q-value is at most q. NaN p-values count as 1.
   */
  static double[] benjaminiHochberg(double[] pValues) {
    return FalseDiscovery.benjaminiHochberg(pValues);
  }
}
