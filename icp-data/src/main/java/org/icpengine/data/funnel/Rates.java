package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Proportions;

/** The funnel's figures from counts: proportions with Wilson intervals, means with t intervals. */
final class Rates {
  /** The 97.5th percentile of the standard normal distribution. */
  static final double Z_95 = 1.959963984540054;

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

  /**
   * Returns the share Σpart ÷ Σwhole of amounts summed over records, where each record's part is
   * its whole amount or 0, with the 95 % interval of the ratio estimator: var ≈ Σ(x − R·y)² ÷ (Σy)²
   * · n ÷ (n − 1), and Σ(x − R·y)² = (1 − 2R)·Σpart² + R²·Σwhole² because x is y or 0. Missing when
   * the whole is not positive; no interval below two records.
   *
   * @param n the records summed over
   */
  static Figure share(double part, double whole, double partSquares, double wholeSquares, long n) {
    if (n == 0 || !(whole > 0)) {
      return Figure.missing();
    }
    double r = part / whole;
    if (n < 2) {
      return value(r);
    }
    double residuals = Math.max(0, (1 - 2 * r) * partSquares + r * r * wholeSquares);
    double half = Z_95 * Math.sqrt(residuals * n / (n - 1.0)) / whole;
    return new Figure(r, Math.max(0, r - half), Math.min(1, r + half), Double.NaN);
  }

  /** Returns a value without interval or test. */
  static Figure value(double value) {
    return new Figure(value, Double.NaN, Double.NaN, Double.NaN);
  }
}
