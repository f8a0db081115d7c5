package org.icpengine.core.discovery;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Moments;

/**
 * Compares row sets on a numeric target: the Mann–Whitney U test, and the difference of means
 * (segment minus rest, in the target's unit) with a Welch t-interval. A finding's interval must
 * exclude 0 on its direction's side; there is no minimum size beyond that. Small-sample shrinkage
 * multiplies the difference and its interval by n/(n + m), as if m rows at the rest's mean were
 * added to the segment.
 */
final class RankComparison implements Comparison {
  private final double sign;

  /** Creates a comparison; {@code sign} is −1 when lower values are better, else 1. */
  RankComparison(double sign) {
    this.sign = sign;
  }

  @Override
  public double oneSided(Sample sample, long[] inside, long[] outside, Direction direction) {
    AlternativeHypothesis alternative =
        direction == Direction.POSITIVE
            ? AlternativeHypothesis.GREATER_THAN
            : AlternativeHypothesis.LESS_THAN;
    return RankSums.test(sample, inside, outside, alternative);
  }

  @Override
  public Figure effect(Sample sample, long[] segment, boolean shrink) {
    long[] rest = Words.andNot(sample.all(), segment);
    double p = RankSums.test(sample, segment, rest, AlternativeHypothesis.TWO_SIDED);
    Moments inside = sample.moments(segment);
    Moments outside = sample.moments(rest);
    if (inside.count() == 0 || outside.count() == 0) {
      return new Figure(Double.NaN, Double.NaN, Double.NaN, p);
    }
    double factor =
        shrink ? inside.count() / (inside.count() + ProportionComparison.PRIOR_ROWS) : 1;
    Interval oriented = MeanDifferences.welch(inside, outside);
    double a = sign * factor * oriented.low();
    double b = sign * factor * oriented.high();
    double difference = sign * factor * (inside.mean() - outside.mean());
    return new Figure(difference, Math.min(a, b), Math.max(a, b), p);
  }

  @Override
  public double standardisedEffect(Sample sample, long[] segment) {
    Moments inside = sample.moments(segment);
    Moments all = sample.moments(sample.all());
    Moments outside = all.minus(inside);
    double deviation = Math.sqrt(all.variance());
    if (inside.count() == 0 || outside.count() == 0 || !(deviation > 0)) {
      return Double.NaN;
    }
    return (inside.mean() - outside.mean()) / deviation;
  }

  @Override
  public boolean clearOfNoEffect(Figure effect, Direction direction) {
    double low = Math.min(sign * effect.low(), sign * effect.high());
    double high = Math.max(sign * effect.low(), sign * effect.high());
    return direction == Direction.POSITIVE ? low > 0 : high < 0;
  }

  @Override
  public boolean largeEnough(Figure effect, Direction direction) {
    return true;
  }
}
