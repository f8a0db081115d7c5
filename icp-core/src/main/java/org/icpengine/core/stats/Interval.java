package org.icpengine.core.stats;

/**
 * A closed interval, usually a 95 % confidence interval, in the unit of the estimate it bounds.
 * Both bounds are NaN when the interval cannot be computed.
 *
 * @param low the lower bound
 * @param high the upper bound; not below {@code low}
 */
public record Interval(double low, double high) {
  private static final Interval MISSING = new Interval(Double.NaN, Double.NaN);

  /** Checks that the bounds are in order. */
  public Interval {
    if (low > high) {
      throw new IllegalArgumentException("low must be <= high, was [" + low + ", " + high + "]");
    }
  }

  /** Returns the interval with both bounds NaN, standing for "not computable". */
  public static Interval missing() {
    return MISSING;
  }
}
