package org.icpengine.core.stats;

/** Distribution-free confidence intervals for medians. */
public final class Medians {
  /** Half the 95 % normal critical value, as in the usual rank formula for the median's CI. */
  private static final double HALF_Z = 0.98;

  private Medians() {}

  /**
   * Returns the 1-based ranks (as doubles) of the order statistics that bound a 95 %
   * distribution-free confidence interval for the median of {@code n} sorted values: low = ⌊n/2 −
   * 0.98·√n⌋ and high = ⌈n/2 + 1 + 0.98·√n⌉, both clamped to [1, n]. The interval from the value at
   * rank low to the value at rank high covers the median with probability of at least 95 % when n
   * is 6 or more. Returns {@link Interval#missing()} when n is 0.
   *
   * @throws IllegalArgumentException if n is negative
   */
  public static Interval orderStatisticRanks(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must be >= 0, was " + n);
    }
    if (n == 0) {
      return Interval.missing();
    }
    double root = Math.sqrt(n);
    double low = Math.floor(n / 2.0 - HALF_Z * root);
    double high = Math.ceil(n / 2.0 + 1 + HALF_Z * root);
    return new Interval(Math.max(1, low), Math.min(n, high));
  }
}
