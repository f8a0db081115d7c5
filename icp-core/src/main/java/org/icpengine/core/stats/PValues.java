package org.icpengine.core.stats;

/** Guards applied to p-values before they leave this package. */
final class PValues {
  /** Relative difference below which two estimates computed from sums count as equal. */
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private PValues() {}

  /** Returns {@code p} clamped into [0, 1], leaving NaN as it is; guards against rounding. */
  static double clamp(double p) {
    return Double.isNaN(p) ? p : Math.min(1, Math.max(0, p));
  }

  /**
   * Returns the p-value of a test whose statistic has zero spread: 1 when the estimates agree up to
   * rounding and 0 when they differ.
   */
  static double withoutSpread(double a, double b) {
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * scale ? 1 : 0;
  }
}
