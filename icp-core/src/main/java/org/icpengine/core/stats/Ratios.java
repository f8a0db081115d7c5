package org.icpengine.core.stats;

/** Confidence intervals and tests for ratios of means, such as LTV:CAC. */
public final class Ratios {
  private Ratios() {}

  /**
   * Returns the ratio mean(numerator) / mean(denominator), a dimensionless number when both are in
   * the same unit, with a 95 % confidence interval from the delta method on the log scale, var(log
   * R) ≈ se(num)²/mean(num)² + se(den)²/mean(den)², treating numerator and denominator as
   * independent samples. The p-value is a two-sided z-test that the log ratio differs from that of
   * the rest ({@code restNumerator} / {@code restDenominator}).
   *
   * <p>The figure is missing when a sample is empty or the denominator's mean is not positive. The
   * interval is NaN when a sample has fewer than two values or the numerator's mean is not
   * positive; the p-value is NaN in those cases and also when the rest has no such interval.
   */
  public static Figure ofMeans(
      Moments numerator, Moments denominator, Moments restNumerator, Moments restDenominator) {
    if (numerator.count() == 0 || denominator.count() == 0 || !(denominator.mean() > 0)) {
      return Figure.missing();
    }
    double ratio = numerator.mean() / denominator.mean();
    double logVariance = logVariance(numerator, denominator);
    if (Double.isNaN(logVariance)) {
      return Figure.of(ratio, Interval.missing(), Double.NaN);
    }
    double halfWidth = StandardNormal.Z_95 * Math.sqrt(logVariance);
    double logRatio = Math.log(ratio);
    Interval ci = new Interval(Math.exp(logRatio - halfWidth), Math.exp(logRatio + halfWidth));
    return Figure.of(ratio, ci, compare(logRatio, logVariance, restNumerator, restDenominator));
  }

  private static double compare(
      double logRatio, double logVariance, Moments restNumerator, Moments restDenominator) {
    double restLogVariance = logVariance(restNumerator, restDenominator);
    if (Double.isNaN(restLogVariance)) {
      return Double.NaN;
    }
    double restLogRatio = Math.log(restNumerator.mean() / restDenominator.mean());
    double spread = Math.sqrt(logVariance + restLogVariance);
    if (spread == 0) {
      return PValues.withoutSpread(logRatio, restLogRatio);
    }
    return StandardNormal.twoSided((logRatio - restLogRatio) / spread);
  }

  /** Returns the delta-method variance of log(mean(num) / mean(den)), or NaN if undefined. */
  private static double logVariance(Moments numerator, Moments denominator) {
    if (!(numerator.mean() > 0) || !(denominator.mean() > 0)) {
      return Double.NaN;
    }
    return relativeVariance(numerator) + relativeVariance(denominator);
  }

  private static double relativeVariance(Moments m) {
    double relativeError = m.standardError() / m.mean();
    return relativeError * relativeError;
  }
}
