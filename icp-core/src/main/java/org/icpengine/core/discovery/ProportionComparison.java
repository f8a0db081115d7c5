package org.icpengine.core.discovery;

import org.icpengine.core.stats.Figure;

/**
 * Compares row sets on a binary target: Fisher's exact test, and lift with Katz's interval. A
 * finding's lift must reach the minimum lift (at most its reciprocal for a disqualifier) and its
 * interval must lie wholly above 1 (below 1).
 */
final class ProportionComparison implements Comparison {
  /** Prior strength m of the small-sample shrinkage, in rows. */
  static final double PRIOR_ROWS = 20;

  private final double minLift;

  ProportionComparison(double minLift) {
    this.minLift = minLift;
  }

  @Override
  public double oneSided(Sample sample, long[] inside, long[] outside, Direction direction) {
    long[] positives = sample.positives();
    return FisherTests.oneSided(
        Words.andCardinality(inside, positives),
        Words.cardinality(inside),
        Words.andCardinality(outside, positives),
        Words.cardinality(outside),
        direction == Direction.POSITIVE);
  }

  @Override
  public Figure effect(Sample sample, long[] segment, boolean shrink) {
    long x1 = Words.andCardinality(segment, sample.positives());
    long n1 = Words.cardinality(segment);
    long x2 = Words.cardinality(sample.positives()) - x1;
    long n2 = sample.rows() - n1;
    double p = FisherTests.twoSided(x1, n1, x2, n2);
    return Lifts.of(x1, n1, x2, n2, shrink ? PRIOR_ROWS : 0, p);
  }

  @Override
  public double standardisedEffect(Sample sample, long[] segment) {
    long x1 = Words.andCardinality(segment, sample.positives());
    long n1 = Words.cardinality(segment);
    long x = Words.cardinality(sample.positives());
    long n2 = sample.rows() - n1;
    double rate = (double) x / sample.rows();
    if (n1 == 0 || n2 == 0 || rate == 0 || rate == 1) {
      return Double.NaN;
    }
    return ((double) x1 / n1 - (double) (x - x1) / n2) / Math.sqrt(rate * (1 - rate));
  }

  @Override
  public boolean clearOfNoEffect(Figure effect, Direction direction) {
    return direction == Direction.POSITIVE ? effect.low() > 1 : effect.high() < 1;
  }

  @Override
  public boolean largeEnough(Figure effect, Direction direction) {
    return direction == Direction.POSITIVE
        ? effect.value() >= minLift
        : effect.value() <= 1 / minLift;
  }
}
