package org.icpengine.core.evaluation;

/**
 * The logistic recalibration line {@code logit P(ideal) = intercept + slope · logit(predicted)}.
 * Slope 1 and intercept 0 mean the predictions are well calibrated; a slope below 1 means they are
 * over-confident (too extreme), above 1 under-confident. Both are NaN when the line cannot be
 * fitted.
 *
 * @param intercept the fitted intercept
 * @param slope the fitted slope
 */
public record CalibrationLine(double intercept, double slope) {
  private static final CalibrationLine MISSING = new CalibrationLine(Double.NaN, Double.NaN);

  /** Returns the line with both parameters NaN, standing for "cannot be fitted". */
  public static CalibrationLine missing() {
    return MISSING;
  }
}
