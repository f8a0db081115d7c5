package org.icpengine.core.discovery;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * The Mann–Whitney U test of two disjoint row sets of a numeric sample. Small comparisons (at most
 * 2,000 values) go to Commons Statistics, exact where it can be. Larger ones use the normal
 * approximation with tie and continuity corrections, computed without sorting: the sample numbers
 * its rows by descending value, so one walk over the union of both sets meets the values in order
 * and ranks them on the way, in linear time.
 */
final class RankSums {
  private static final int DELEGATE_LIMIT = 2_000;
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final MannWhitneyUTest TEST = MannWhitneyUTest.withDefaults();

  private RankSums() {}

  /**
   * Returns the p-value that the values of {@code x} are stochastically greater than ({@code
   * GREATER_THAN}), less than or different from those of {@code y}; 1 when a set is empty.
   */
  static double test(Sample sample, long[] x, long[] y, AlternativeHypothesis alternative) {
    long n1 = Words.cardinality(x);
    long n2 = Words.cardinality(y);
    if (n1 == 0 || n2 == 0) {
      return 1;
    }
    if (n1 + n2 <= DELEGATE_LIMIT) {
      return TEST.with(alternative).test(sample.valuesOf(x), sample.valuesOf(y)).getPValue();
    }
    return asymptotic(sample.values(), x, y, alternative);
  }

  /** Returns the normal-approximation p-value; package-private so tests can check it. */
  static double asymptotic(
      double[] descending, long[] x, long[] y, AlternativeHypothesis alternative) {
    double n1 = Words.cardinality(x);
    double n2 = Words.cardinality(y);
    double total = n1 + n2;
    long[] union = x.clone();
    for (int w = 0; w < union.length; w++) {
      union[w] |= y[w];
    }
    double rankSum = 0;
    double ties = 0;
    double seen = 0;
    int row = Words.nextSetBit(union, 0);
    while (row >= 0) {
      double value = descending[row];
      int group = 0;
      int inX = 0;
      for (; row >= 0 && descending[row] == value; row = Words.nextSetBit(union, row + 1)) {
        group++;
        inX += (int) (x[row >>> 6] >>> row & 1);
      }
      rankSum += (total - seen - (group - 1) / 2.0) * inX;
      ties += (double) group * group * group - group;
      seen += group;
    }
    double u = rankSum - n1 * (n1 + 1) / 2;
    double variance = n1 * n2 / 12 * ((total + 1) - ties / (total * (total - 1)));
    return normal(u - n1 * n2 / 2, variance, alternative);
  }

  private static double normal(double excess, double variance, AlternativeHypothesis alternative) {
    if (variance <= 0) {
      return 1;
    }
    double sd = Math.sqrt(variance);
    double greater = STANDARD_NORMAL.survivalProbability((excess - 0.5) / sd);
    double less = STANDARD_NORMAL.cumulativeProbability((excess + 0.5) / sd);
    if (alternative == AlternativeHypothesis.GREATER_THAN) {
      return greater;
    }
    if (alternative == AlternativeHypothesis.LESS_THAN) {
      return less;
    }
    return Math.min(1, 2 * Math.min(greater, less));
  }
}
