package org.icpengine.core.drift;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's χ² test that two samples come from one distribution over the same bins (a 2 × k table
 * of bin counts; bins empty on both sides dropped). The p-value is the χ² distribution's with k − 1
 * degrees of freedom when every expected count is at least {@value #MIN_EXPECTED}; otherwise the
 * asymptotic law is not trusted and the p-value is a seeded permutation one: {@value #PERMUTATIONS}
 * times, the pooled rows are dealt at random into groups of the two sizes, and the p-value is (1 +
 * the resamples whose statistic reaches the observed one) / (1 + {@value #PERMUTATIONS}). Both
 * nulls scale with the sample sizes: the same shift is significant with many rows and not with few.
 */
public final class Homogeneity {
  /** Below this expected cell count the χ² approximation is not used. */
  public static final double MIN_EXPECTED = 5;

  /** The resamples of the permutation null. */
  public static final int PERMUTATIONS = 1999;

  /** Above this many rows in the smaller sample, the χ² law is used whatever the counts. */
  public static final long MAX_PERMUTED_ROWS = 25_000;

  private Homogeneity() {}

  /** How the p-value was found. */
  public enum Method {
    /** Pearson's χ² distribution. */
    CHI_SQUARE,
    /** A permutation null (small expected counts). */
    PERMUTATION,
    /** Nothing to test: fewer than two bins hold rows. */
    NONE
  }

  /**
   * The test's outcome.
   *
   * @param statistic Pearson's χ² statistic
   * @param degreesOfFreedom the kept bins less one
   * @param pValue the p-value in [0, 1]
   * @param method how it was found
   */
  public record Result(double statistic, int degreesOfFreedom, double pValue, Method method) {}

  /**
   * Tests the bin counts of two samples, resampling with a generator seeded by {@code seed} when
   * the permutation null is needed.
   *
   * @throws IllegalArgumentException if the lengths differ, a count is negative, or a side is empty
   */
  public static Result test(long[] reference, long[] current, long seed) {
    Divergences.check(reference, current);
    long[][] kept = kept(reference, current);
    long[] r = kept[0];
    long[] c = kept[1];
    if (r.length < 2) {
      return new Result(0, 0, 1, Method.NONE);
    }
    double statistic = statistic(r, c);
    int df = r.length - 1;
    if (minExpected(r, c) >= MIN_EXPECTED || Math.min(sum(r), sum(c)) > MAX_PERMUTED_ROWS) {
      double p = ChiSquaredDistribution.of(df).survivalProbability(statistic);
      return new Result(statistic, df, Math.min(1, Math.max(0, p)), Method.CHI_SQUARE);
    }
    return new Result(statistic, df, permutation(r, c, statistic, seed), Method.PERMUTATION);
  }

  /** Pearson's statistic Σ (observed − expected)² / expected over both rows of the table. */
  static double statistic(long[] r, long[] c) {
    double nr = sum(r);
    double nc = sum(c);
    double n = nr + nc;
    double statistic = 0;
    for (int i = 0; i < r.length; i++) {
      double pooled = r[i] + c[i];
      double er = nr * pooled / n;
      double ec = nc * pooled / n;
      statistic += (r[i] - er) * (r[i] - er) / er + (c[i] - ec) * (c[i] - ec) / ec;
    }
    return statistic;
  }

  private static double permutation(long[] r, long[] c, double observed, long seed) {
    // deal the smaller group's rows from the pooled rows; the larger group holds the rest
    boolean currentSmaller = sum(c) <= sum(r);
    long[] pooled = new long[r.length];
    for (int i = 0; i < r.length; i++) {
      pooled[i] = r[i] + c[i];
    }
    int[] labels = labels(pooled);
    int draw = (int) Math.min(sum(r), sum(c));
    SplittableRandom random = new SplittableRandom(seed);
    double tolerance = 1e-9 * Math.max(1, observed);
    int reached = 0;
    long[] small = new long[r.length];
    long[] large = new long[r.length];
    for (int b = 0; b < PERMUTATIONS; b++) {
      java.util.Arrays.fill(small, 0);
      for (int k = 0; k < draw; k++) {
        int j = k + random.nextInt(labels.length - k);
        int swap = labels[k];
        labels[k] = labels[j];
        labels[j] = swap;
        small[labels[k]]++;
      }
      for (int i = 0; i < r.length; i++) {
        large[i] = pooled[i] - small[i];
      }
      double s = currentSmaller ? statistic(large, small) : statistic(small, large);
      reached += s >= observed - tolerance ? 1 : 0;
    }
    return (1.0 + reached) / (1.0 + PERMUTATIONS);
  }

  private static int[] labels(long[] pooled) {
    long total = sum(pooled);
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many rows for a permutation test: " + total);
    }
    int[] labels = new int[(int) total];
    int k = 0;
    for (int i = 0; i < pooled.length; i++) {
      for (long j = 0; j < pooled[i]; j++) {
        labels[k++] = i;
      }
    }
    return labels;
  }

  private static double minExpected(long[] r, long[] c) {
    double nr = sum(r);
    double nc = sum(c);
    double n = nr + nc;
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < r.length; i++) {
      double pooled = r[i] + c[i];
      min = Math.min(min, Math.min(nr, nc) * pooled / n);
    }
    return min;
  }

  private static long[][] kept(long[] reference, long[] current) {
    int kept = 0;
    for (int i = 0; i < reference.length; i++) {
      kept += reference[i] + current[i] > 0 ? 1 : 0;
    }
    long[][] out = new long[2][kept];
    int k = 0;
    for (int i = 0; i < reference.length; i++) {
      if (reference[i] + current[i] > 0) {
        out[0][k] = reference[i];
        out[1][k++] = current[i];
      }
    }
    return out;
  }

  private static long sum(long[] counts) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }
}
