package org.icpengine.bench;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Exact multinomial draws of bin counts: each bin's count is a binomial draw (by the inverse of its
 * distribution function) of the rows left, at the bin's share of the shares left. Cost grows with
 * the bins, not the rows, so 100,000 accounts cost as little as 100.
 */
final class BinDraws {
  private final SplittableRandom random;

  BinDraws(long seed) {
    random = new SplittableRandom(seed);
  }

  /** Draws {@code n} rows over bins with the given shares (summing to 1). */
  long[] draw(double[] shares, int n) {
    long[] counts = new long[shares.length];
    int left = n;
    double mass = 1;
    for (int b = 0; b < shares.length - 1 && left > 0; b++) {
      double p = Math.min(1, Math.max(0, shares[b] / mass));
      counts[b] =
          p >= 1
              ? left
              : BinomialDistribution.of(left, p).inverseCumulativeProbability(random.nextDouble());
      left -= (int) counts[b];
      mass -= shares[b];
    }
    counts[shares.length - 1] += left;
    return counts;
  }
}
