package org.icpengine.core.drift;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;

/**
 * Performance decay: the score's {@link Performance} on the reference and on the current sample,
 * and the change of AUC (current minus reference) with a normal interval and p-value from the two
 * independent Hanley–McNeil standard errors (clipped intervals make it slightly conservative).
 *
 * @param reference the reference's performance
 * @param current the current sample's performance
 * @param aucChange the change of AUC; missing unless both samples have outcomes
 */
public record PerformanceDrift(Performance reference, Performance current, Figure aucChange) {
  static final double Z_95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  /** Measures both samples and the change of AUC. */
  public static PerformanceDrift of(ScoredSample reference, ScoredSample current) {
    Performance r = Performance.of(reference);
    Performance c = Performance.of(current);
    Figure change = Figure.missing();
    if (r.auc().isPresent() && c.auc().isPresent()) {
      double difference = c.auc().value() - r.auc().value();
      double se = Math.hypot(r.aucStandardError(), c.aucStandardError());
      double p =
          se == 0
              ? (difference == 0 ? 1 : 0)
              : 2 * NormalDistribution.of(0, 1).survivalProbability(Math.abs(difference) / se);
      change =
          Figure.of(
              difference,
              new Interval(difference - Z_95 * se, difference + Z_95 * se),
              Math.min(1, p));
    }
    return new PerformanceDrift(r, c, change);
  }
}
