package org.icpengine.core.cohort;

/**
 * A sample median with its 95 % distribution-free confidence interval, in the values' unit; the
 * data layer picks the bounds as order statistics at the ranks given by {@link
 * org.icpengine.core.stats.Medians#orderStatisticRanks(long)}. All parts are NaN when there were no
 * values.
 *
 * @param median the sample median
 * @param low the lower bound of the 95 % confidence interval
 * @param high the upper bound of the 95 % confidence interval
 */
public record MedianEstimate(double median, double low, double high) {
  private static final MedianEstimate MISSING =
      new MedianEstimate(Double.NaN, Double.NaN, Double.NaN);

  /** Returns the estimate whose every part is NaN. */
  public static MedianEstimate missing() {
    return MISSING;
  }
}
