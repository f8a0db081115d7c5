package org.icpengine.core.discovery;

import java.util.Arrays;

/**
 * Scores conjunctions against a numeric target with the quality (n/N)^a · (μ − μ0) / σ for positive
 * segments and (n/N)^a · (μ0 − μ) / σ for negative ones, on oriented values (higher is better),
 * where μ0 and σ are the mean and standard deviation of the whole sample.
 *
 * <p>Optimistic estimate. Among the subsets of a segment with k rows, the one with the highest mean
 * holds its k best values, so the best any refinement can reach is the maximum over k ≥ m (the
 * minimum support) of the quality of the top k values. The sample numbers its rows from the best
 * value to the worst, so one forward walk over the segment's rows computes every prefix; the walk
 * stops once values fall below μ0, after which each further row only lowers the quality. The
 * negative direction walks backwards over the worst values. This bound is exact for the size
 * constraint alone, the tightest possible without looking at the selectors.
 *
 * <p>Sums are taken over fixed-point copies of the values, scaled by a power of two chosen so that
 * no sum can overflow (a resolution of about 2^-61 · rows times the largest value). Quality and
 * bound are computed from the same integer sums with the same floating-point steps, so on equal row
 * sets they agree to the last bit.
 */
final class NumericScorer implements Scorer {
  private final long[] fixed;
  private final double scale;
  private final double mean;
  private final double deviation;
  private final double[] weights;
  private final int minSupport;
  private final double sign;

  private NumericScorer(NumericScorer whole, Sample part) {
    this.scale = whole.scale;
    this.fixed = fixed(part.values(), scale);
    this.mean = whole.mean;
    this.deviation = whole.deviation;
    this.weights = whole.weights;
    this.minSupport = whole.minSupport;
    this.sign = whole.sign;
  }

  NumericScorer(Sample sample, double exponent, int minSupport) {
    double[] values = sample.values();
    int rows = sample.rows();
    this.scale = scale(values);
    this.fixed = fixed(values, scale);
    this.mean = Arrays.stream(fixed).sum() / scale / rows;
    this.deviation = Math.sqrt(sample.moments(sample.all()).variance());
    this.weights = new double[rows + 1];
    for (int k = 1; k <= rows; k++) {
      weights[k] = Scorer.sizeFactor(k, rows, exponent) / k / deviation;
    }
    this.minSupport = Math.max(1, minSupport);
    this.sign = sample.sign();
  }

  private static long[] fixed(double[] values, double scale) {
    return Arrays.stream(values).mapToLong(value -> Math.round(value * scale)).toArray();
  }

  @Override
  public Scorer on(Sample part) {
    return new NumericScorer(this, part);
  }

  /** Returns the power of two that maps the values to longs whose sums cannot overflow. */
  private static double scale(double[] values) {
    double largest = Arrays.stream(values).map(Math::abs).max().orElse(0);
    if (!(largest > 0)) {
      return 1;
    }
    int rowBits = 32 - Integer.numberOfLeadingZeros(values.length);
    return Math.scalb(1.0, 61 - Math.getExponent(largest) - rowBits);
  }

  @Override
  public boolean isInformative() {
    return deviation > 0;
  }

  @Override
  public void count(long[] parent, long[] selector, Tally tally) {
    tally.support = Words.andCardinality(parent, selector);
    tally.sum = tally.support < minSupport ? 0 : sum(parent, selector);
  }

  /** Returns the fixed-point sum over parent AND selector; the one loop that walks every row. */
  private long sum(long[] parent, long[] selector) {
    long sum = 0;
    for (int w = 0; w < parent.length; w++) {
      int base = w << 6;
      for (long both = parent[w] & selector[w]; both != 0; both &= both - 1) {
        sum += fixed[base + Long.numberOfTrailingZeros(both)];
      }
    }
    return sum;
  }

  @Override
  public boolean admits(Direction direction, Tally tally) {
    return true;
  }

  @Override
  public double quality(Direction direction, Tally tally) {
    double lead = lead(tally.sum, tally.support);
    return direction == Direction.POSITIVE ? lead : -lead;
  }

  /**
   * Returns (k/N)^a · (μ − μ0) / σ for k rows summing to {@code sum}, computed as a precomputed
   * weight (k/N)^a / (k·σ) times (sum − k·μ0), which spares the bound's walk a root per row.
   */
  private double lead(long sum, int k) {
    return weights[k] * (sum / scale - k * mean);
  }

  @Override
  public double bound(Direction direction, Tally tally, long[] segment) {
    if (tally.support < minSupport) {
      return Double.NEGATIVE_INFINITY;
    }
    return direction == Direction.POSITIVE ? bestHigh(segment) : bestLow(segment);
  }

  private double bestHigh(long[] segment) {
    double best = Double.NEGATIVE_INFINITY;
    int k = 0;
    long sum = 0;
    for (int row = Words.nextSetBit(segment, 0);
        row >= 0;
        row = Words.nextSetBit(segment, row + 1)) {
      if (k >= minSupport && fixed[row] / scale <= mean) {
        break;
      }
      sum += fixed[row];
      k++;
      if (k >= minSupport) {
        best = Math.max(best, lead(sum, k));
      }
    }
    return best;
  }

  private double bestLow(long[] segment) {
    double best = Double.NEGATIVE_INFINITY;
    int k = 0;
    long sum = 0;
    int last = segment.length * 64 - 1;
    for (int row = Words.previousSetBit(segment, last);
        row >= 0;
        row = Words.previousSetBit(segment, row - 1)) {
      if (k >= minSupport && fixed[row] / scale >= mean) {
        break;
      }
      sum += fixed[row];
      k++;
      if (k >= minSupport) {
        best = Math.max(best, -lead(sum, k));
      }
    }
    return best;
  }

  @Override
  public double mean(Tally tally) {
    return tally.support == 0 ? Double.NaN : sign * (tally.sum / scale) / tally.support;
  }
}
