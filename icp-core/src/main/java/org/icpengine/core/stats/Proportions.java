package org.icpengine.core.stats;

import org.apache.commons.statistics.inference.ChiSquareTest;
import org.apache.commons.statistics.inference.FisherExactTest;

/** Confidence intervals and tests for proportions (fractions of trials that succeed). */
public final class Proportions {
  /** Below this expected cell count the chi-square approximation is unreliable. */
  private static final double MIN_EXPECTED_COUNT = 5;

  private static final FisherExactTest FISHER = FisherExactTest.withDefaults();
  private static final ChiSquareTest CHI_SQUARE = ChiSquareTest.withDefaults();

  private Proportions() {}

  /**
   * Returns the 95 % Wilson score interval for a proportion, as fractions in [0, 1], or {@link
   * Interval#missing()} when there are no trials.
   *
   * @throws IllegalArgumentException if a count is negative or successes exceed trials
   */
  public static Interval wilson(long successes, long trials) {
    checkCounts(successes, trials);
    if (trials == 0) {
      return Interval.missing();
    }
    double z = StandardNormal.Z_95;
    double n = trials;
    double p = successes / n;
    double zz = z * z / n;
    double centre = (p + zz / 2) / (1 + zz);
    double halfWidth = z / (1 + zz) * Math.sqrt(p * (1 - p) / n + zz / (4 * n));
    return new Interval(Math.max(0, centre - halfWidth), Math.min(1, centre + halfWidth));
  }

  /**
   * Returns the two-sided p-value that the proportions x1/n1 and x2/n2 differ. Uses Fisher's exact
   * test when an expected count of the 2x2 table is below 5 and Pearson's chi-square test without
   * continuity correction otherwise; tables too large for Fisher's test (more than {@code
   * Integer.MAX_VALUE} trials) always use chi-square. Returns NaN when either group has no trials
   * and 1 when all trials succeed or all fail.
   *
   * @throws IllegalArgumentException if a count is negative or successes exceed trials
   */
  public static double compare(long x1, long n1, long x2, long n2) {
    checkCounts(x1, n1);
    checkCounts(x2, n2);
    if (n1 == 0 || n2 == 0) {
      return Double.NaN;
    }
    long total = n1 + n2;
    long successes = x1 + x2;
    long failures = total - successes;
    if (successes == 0 || failures == 0) {
      return 1;
    }
    double minExpected = (double) Math.min(n1, n2) * Math.min(successes, failures) / total;
    if (minExpected < MIN_EXPECTED_COUNT && total <= Integer.MAX_VALUE) {
      int[][] table = {{(int) x1, (int) (n1 - x1)}, {(int) x2, (int) (n2 - x2)}};
      return PValues.clamp(FISHER.test(table).getPValue());
    }
    long[][] table = {{x1, n1 - x1}, {x2, n2 - x2}};
    return PValues.clamp(CHI_SQUARE.test(table).getPValue());
  }

  private static void checkCounts(long successes, long trials) {
    if (successes < 0 || trials < 0) {
      throw new IllegalArgumentException("counts must be >= 0, was " + successes + " of " + trials);
    }
    if (successes > trials) {
      throw new IllegalArgumentException(
          "successes must be <= trials, was " + successes + " of " + trials);
    }
  }
}
