package org.icpengine.core.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** The standard normal distribution as used by the large-sample intervals and tests here. */
final class StandardNormal {
  private static final NormalDistribution DISTRIBUTION = NormalDistribution.of(0, 1);

  /** The two-sided 95 % critical value, about 1.96. */
  static final double Z_95 = DISTRIBUTION.inverseSurvivalProbability(0.025);

  private StandardNormal() {}

  /** Returns the two-sided p-value of the standard normal statistic {@code z}. */
  static double twoSided(double z) {
    return PValues.clamp(2 * DISTRIBUTION.survivalProbability(Math.abs(z)));
  }
}
