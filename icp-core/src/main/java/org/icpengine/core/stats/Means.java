package org.icpengine.core.stats;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;

/** Confidence intervals and tests for means, computed from {@link Moments}. */
public final class Means {
  private static final TTest WELCH = TTest.withDefaults();

  private Means() {}

  /**
   * Returns the 95 % Student t confidence interval for the mean, in the values' unit, or {@link
   * Interval#missing()} when there are fewer than two values.
   */
  public static Interval confidence(Moments m) {
    if (m.count() < 2) {
      return Interval.missing();
    }
    double t = TDistribution.of(m.count() - 1.0).inverseSurvivalProbability(0.025);
    double halfWidth = t * m.standardError();
    return new Interval(m.mean() - halfWidth, m.mean() + halfWidth);
  }

  /**
   * Returns the two-sided p-value of Welch's unequal-variance t-test that the means of {@code a}
   * and {@code b} differ. Returns NaN when either sample has fewer than two values; when neither
   * sample varies, returns 1 if the means are equal (up to rounding) and 0 otherwise.
   */
  public static double welch(Moments a, Moments b) {
    if (a.count() < 2 || b.count() < 2) {
      return Double.NaN;
    }
    if (a.variance() == 0 && b.variance() == 0) {
      return PValues.withoutSpread(a.mean(), b.mean());
    }
    double p =
        WELCH
            .test(a.mean(), a.variance(), a.count(), b.mean(), b.variance(), b.count())
            .getPValue();
    return PValues.clamp(p);
  }
}
