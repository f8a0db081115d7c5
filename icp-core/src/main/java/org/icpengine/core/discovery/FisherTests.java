package org.icpengine.core.discovery;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;

/**
 * Fisher's exact test of two proportions x1/n1 and x2/n2. Tables of more than 100,000 rows whose
 * expected counts are all at least 5 use the pooled two-proportion z-test instead (the square root
 * of Pearson's chi-square), which agrees with the exact test to well within the 0.01 and 0.05
 * levels used here and costs microseconds instead of milliseconds.
 */
final class FisherTests {
  private static final long EXACT_LIMIT = 100_000;
  private static final double MIN_EXPECTED_COUNT = 5;
  private static final FisherExactTest TWO_SIDED = FisherExactTest.withDefaults();
  private static final FisherExactTest GREATER = TWO_SIDED.with(AlternativeHypothesis.GREATER_THAN);
  private static final FisherExactTest LESS = TWO_SIDED.with(AlternativeHypothesis.LESS_THAN);
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private FisherTests() {}

  /**
   * Returns the one-sided p-value that x1/n1 is higher than x2/n2 ({@code higher}) or lower; 1 when
   * a group is empty.
   */
  static double oneSided(long x1, long n1, long x2, long n2, boolean higher) {
    if (n1 == 0 || n2 == 0) {
      return 1;
    }
    if (approximate(x1, n1, x2, n2)) {
      double z = z(x1, n1, x2, n2);
      return STANDARD_NORMAL.survivalProbability(higher ? z : -z);
    }
    return (higher ? GREATER : LESS).test(table(x1, n1, x2, n2)).getPValue();
  }

  /** Returns the two-sided p-value that x1/n1 and x2/n2 differ; 1 when a group is empty. */
  static double twoSided(long x1, long n1, long x2, long n2) {
    if (n1 == 0 || n2 == 0) {
      return 1;
    }
    if (approximate(x1, n1, x2, n2)) {
      return Math.min(1, 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z(x1, n1, x2, n2))));
    }
    return TWO_SIDED.test(table(x1, n1, x2, n2)).getPValue();
  }

  private static boolean approximate(long x1, long n1, long x2, long n2) {
    long total = n1 + n2;
    long successes = x1 + x2;
    double minExpected = (double) Math.min(n1, n2) * Math.min(successes, total - successes) / total;
    return total > EXACT_LIMIT && minExpected >= MIN_EXPECTED_COUNT;
  }

  private static double z(long x1, long n1, long x2, long n2) {
    double pooled = (double) (x1 + x2) / (n1 + n2);
    double spread = Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return ((double) x1 / n1 - (double) x2 / n2) / spread;
  }

  private static int[][] table(long x1, long n1, long x2, long n2) {
    return new int[][] {
      {Math.toIntExact(x1), Math.toIntExact(n1 - x1)},
      {Math.toIntExact(x2), Math.toIntExact(n2 - x2)}
    };
  }
}
