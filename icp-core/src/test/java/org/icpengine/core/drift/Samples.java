package org.icpengine.core.drift;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

/** Scored samples drawn for tests: scores around a centre, tiers by fixed cuts, outcomes drawn. */
final class Samples {
  private Samples() {}

  /** The calibrated probability at a score. */
  static double probability(int score) {
    return 1 / (1 + Math.exp(-((score - 50) / 10.0 - 1)));
  }

  static char tier(int score) {
    return score >= 70 ? 'A' : score >= 58 ? 'B' : score >= 45 ? 'C' : 'D';
  }

  /**
   * Draws {@code n} rows with scores normal around {@code centre}, a tenth unscored, and outcomes
   * drawn with probability {@code truth} of the calibrated probability (or none).
   */
  static ScoredSample draw(
      int n, int centre, DoubleUnaryOperator truth, boolean outcomes, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] scores = new int[n];
    char[] tiers = new char[n];
    double[] p = new double[n];
    boolean[] ideal = new boolean[n];
    for (int i = 0; i < n; i++) {
      if (random.nextDouble() < 0.1) {
        scores[i] = ScoredSample.UNSCORED;
        tiers[i] = ScoredSample.NO_TIER;
        p[i] = Double.NaN;
        continue;
      }
      double gaussian =
          Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
              * Math.cos(2 * Math.PI * random.nextDouble());
      scores[i] = (int) Math.max(0, Math.min(100, Math.round(centre + 12 * gaussian)));
      tiers[i] = tier(scores[i]);
      p[i] = probability(scores[i]);
      ideal[i] = random.nextDouble() < truth.applyAsDouble(p[i]);
    }
    return new ScoredSample(scores, tiers, p, outcomes ? Optional.of(ideal) : Optional.empty());
  }
}
