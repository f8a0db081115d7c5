package org.icpengine.core.stats;

/**
 * An estimate with its 95 % confidence interval and the two-sided p-value of a test against the
 * rest of the population. Any part that cannot be computed is NaN; a figure whose value is NaN is
 * missing altogether.
 *
 * @param value the point estimate, in the unit of the quantity (a fraction, a ratio, money, ...)
 * @param low the lower bound of the 95 % confidence interval, in the unit of {@code value}
 * @param high the upper bound of the 95 % confidence interval, in the unit of {@code value}
 * @param pValue the two-sided p-value in [0, 1], or NaN where no test applies
 */
public record Figure(double value, double low, double high, double pValue) {
  private static final Figure MISSING = new Figure(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  /** Checks that the p-value is a probability or NaN. */
  public Figure {
    if (pValue < 0 || pValue > 1) {
      throw new IllegalArgumentException("pValue must be in [0, 1] or NaN, was " + pValue);
    }
  }

  /** Returns the figure whose every part is NaN. */
  public static Figure missing() {
    return MISSING;
  }

  /** Returns a figure with the given value, the bounds of {@code ci} and the p-value {@code p}. */
  public static Figure of(double value, Interval ci, double p) {
    return new Figure(value, ci.low(), ci.high(), p);
  }

  /** Returns whether the estimate could be computed, that is whether the value is not NaN. */
  public boolean isPresent() {
    return !Double.isNaN(value);
  }
}
