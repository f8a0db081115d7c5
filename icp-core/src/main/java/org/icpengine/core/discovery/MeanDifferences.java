package org.icpengine.core.discovery;

import org.apache.commons.statistics.distribution.TDistribution;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Moments;

/** Confidence intervals for the difference of two independent means. */
final class MeanDifferences {
  private MeanDifferences() {}

  /**
   * Returns the 95 % Welch interval for mean(a) − mean(b), in the values' unit, with the
   * Welch–Satterthwaite degrees of freedom; {@link Interval#missing()} when a sample has fewer than
   * two values, and a single point when neither sample varies.
   */
  static Interval welch(Moments a, Moments b) {
    if (a.count() < 2 || b.count() < 2) {
      return Interval.missing();
    }
    double difference = a.mean() - b.mean();
    double va = a.variance() / a.count();
    double vb = b.variance() / b.count();
    double spread = va + vb;
    if (spread == 0) {
      return new Interval(difference, difference);
    }
    double freedom = spread * spread / (va * va / (a.count() - 1) + vb * vb / (b.count() - 1));
    double halfWidth =
        TDistribution.of(freedom).inverseSurvivalProbability(0.025) * Math.sqrt(spread);
    return new Interval(difference - halfWidth, difference + halfWidth);
  }
}
