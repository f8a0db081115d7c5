package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Proportions;

/** The funnel's figures from counts: proportions with Wilson intervals, means with t intervals. */
final class Rates {
  private Rates() {}

  /**
   * Returns {@code x / n} with its Wilson interval and the p-value of the test against {@code restX
   * / restN}; missing when {@code n} is 0.
   */
  static Figure proportion(long x, long n, long restX, long restN) {
    if (n == 0) {
      return Figure.missing();
    }
    return Figure.of(
        (double) x / n, Proportions.wilson(x, n), Proportions.compare(x, n, restX, restN));
  }

  /** Returns {@code x / n} with its Wilson interval and no test; missing when {@code n} is 0. */
  static Figure proportion(long x, long n) {
    if (n == 0) {
      return Figure.missing();
    }
    return Figure.of((double) x / n, Proportions.wilson(x, n), Double.NaN);
  }

  /** Returns the mean with its t interval and Welch's test against the rest. */
  static Figure mean(Moments m, Moments rest) {
    if (m.count() == 0) {
      return Figure.missing();
    }
    return Figure.of(m.mean(), Means.confidence(m), Means.welch(m, rest));
  }

  /** Returns a median with its rank interval and no test. */
  static Figure median(double median, Interval ci) {
    return Double.isNaN(median) ? Figure.missing() : Figure.of(median, ci, Double.NaN);
  }

  /** Returns a value without interval or test. */
  static Figure value(double value) {
    return new Figure(value, Double.NaN, Double.NaN, Double.NaN);
  }
}
