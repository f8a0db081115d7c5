package org.icpengine.core.evaluation;

/**
 * The headline figures of a probability score on labelled rows, usually held-out ones.
 *
 * @param auc the area under the ROC curve, see {@link Discrimination#auc}
 * @param topDecileLift the ideal rate of the top tenth over the overall rate, see {@link
 *     Discrimination#topDecileLift}
 * @param brier the mean squared error of the probabilities, see {@link Calibration#brier}
 * @param calibrationSlope the slope of the calibration line, 1 when well calibrated, see {@link
 *     Calibration#line}
 * @param calibrationIntercept the intercept of the calibration line, 0 when well calibrated
 * @param rows the number of rows
 * @param positives the number of ideal rows
 */
public record ScoreMetrics(
    double auc,
    double topDecileLift,
    double brier,
    double calibrationSlope,
    double calibrationIntercept,
    int rows,
    int positives) {

  /**
   * Computes every figure for predicted probabilities and labels. Figures that need both classes
   * (AUC, lift, calibration line) are NaN when a class is missing.
   *
   * @throws IllegalArgumentException if the lengths differ or a prediction is outside [0, 1]
   */
  public static ScoreMetrics of(double[] predicted, boolean[] labels) {
    double brier = Calibration.brier(predicted, labels);
    CalibrationLine line = Calibration.line(predicted, labels);
    return new ScoreMetrics(
        Discrimination.auc(predicted, labels),
        Discrimination.topDecileLift(predicted, labels),
        brier,
        line.slope(),
        line.intercept(),
        labels.length,
        Discrimination.count(labels));
  }
}
