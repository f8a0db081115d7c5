package org.icpengine.core.score;

import java.util.Arrays;

/**
 * The lowest score of tiers A, B and C; lower scores are tier D. Fixed at training time from the
 * reference population's scores and stored with the model, so a tier never moves silently.
 *
 * @param a the lowest score in tier A
 * @param b the lowest score in tier B
 * @param c the lowest score in tier C
 */
public record Tiers(int a, int b, int c) {
  /** The default shares of the reference population: top 10 % A, next 20 % B, next 30 % C. */
  public static final double[] DEFAULT_SHARES = {0.10, 0.20, 0.30};

  /** Checks the thresholds descend. */
  public Tiers {
    if (!(a > b && b > c)) {
      throw new IllegalArgumentException(
          "tier thresholds must descend (A > B > C): " + a + ", " + b + ", " + c);
    }
  }

  /** Returns the tier of a score. */
  public char tier(int score) {
    if (score >= a) {
      return 'A';
    }
    if (score >= b) {
      return 'B';
    }
    return score >= c ? 'C' : 'D';
  }

  /**
   * Sets the thresholds so that about the given shares of the scores fall in tiers A, B and C.
   * Accounts with equal scores share a tier, so a tier can hold a little more than its share.
   */
  public static Tiers fromScores(int[] scores, double[] shares) {
    int[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double cumulative = 0;
    int[] thresholds = new int[3];
    for (int t = 0; t < 3; t++) {
      cumulative += shares[t];
      int index = (int) Math.ceil(cumulative * n) - 1;
      thresholds[t] = sorted[Math.max(0, n - 1 - Math.max(0, index))];
    }
    int a = Math.max(thresholds[0], 2);
    int b = Math.min(thresholds[1], a - 1);
    int c = Math.min(thresholds[2], b - 1);
    return new Tiers(a, b, c);
  }
}
