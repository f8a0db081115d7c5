package org.icpengine.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.stats.Proportions;

/** Whether predicted probabilities match the ideal rates they predict. */
public final class Calibration {
  /** Probabilities are clipped to {@code [CLIP, 1 − CLIP]} before taking logits. */
  static final double CLIP = 1e-6;

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-12;

  private Calibration() {}

  /**
   * Returns the Brier score, the mean squared difference between predicted probability and the
   * label (1 ideal, 0 not): 0 is perfect, 0.25 is what a constant 0.5 scores. NaN without rows.
   *
   * @throws IllegalArgumentException if the lengths differ or a probability is outside [0, 1]
   */
  public static double brier(double[] predicted, boolean[] labels) {
    check(predicted, labels);
    if (labels.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i = 0; i < labels.length; i++) {
      double error = predicted[i] - (labels[i] ? 1 : 0);
      sum += error * error;
    }
    return sum / labels.length;
  }

  /**
   * Fits the calibration line {@code logit P(ideal) = a + b · logit(p)} by maximum likelihood
   * (Newton's method), with each {@code p} clipped to {@code [1e-6, 1 − 1e-6]}. The intercept is
   * that of the joint fit with the slope, not the calibration-in-the-large with the slope fixed at
   * 1. Returns {@link CalibrationLine#missing()} when the labels are all one class or the
   * predictions are all equal (after clipping); under perfect separation the fit stops after 100
   * Newton steps with a large, meaningless slope.
   *
   * @throws IllegalArgumentException if the lengths differ or a probability is outside [0, 1]
   */
  public static CalibrationLine line(double[] predicted, boolean[] labels) {
    check(predicted, labels);
    int positives = Discrimination.count(labels);
    if (positives == 0 || positives == labels.length) {
      return CalibrationLine.missing();
    }
    double[] logits = new double[predicted.length];
    for (int i = 0; i < predicted.length; i++) {
      double p = Math.min(1 - CLIP, Math.max(CLIP, predicted[i]));
      logits[i] = Math.log(p / (1 - p));
    }
    Design design =
        new Design() {
          @Override
          public int rows() {
            return logits.length;
          }

          @Override
          public int columns() {
            return 1;
          }

          @Override
          public void fill(int row, double[] into) {
            into[0] = logits[row];
          }
        };
    LogisticFit fit = LogisticRegression.fit(design, labels, 0, MAX_ITERATIONS, TOLERANCE);
    double[] beta = fit.coefficients();
    if (Double.isNaN(beta[0]) || Double.isNaN(beta[1])) {
      return CalibrationLine.missing();
    }
    return new CalibrationLine(beta[0], beta[1]);
  }

  /**
   * Returns equal-count bins of predicted probability for a calibration chart, lowest predictions
   * first. Rows are sorted by predicted probability (ties in row order) and cut at positions {@code
   * floor(b · n / bins)}, so bin sizes differ by at most one and a run of tied predictions may be
   * split across two bins. Empty bins (when {@code bins > n}) are left out.
   *
   * @throws IllegalArgumentException if {@code bins < 1}, the lengths differ or a probability is
   *     outside [0, 1]
   */
  public static List<CalibrationBin> bins(double[] predicted, boolean[] labels, int bins) {
    check(predicted, labels);
    if (bins < 1) {
      throw new IllegalArgumentException("need at least one bin, was " + bins);
    }
    int n = labels.length;
    int[] order = Order.ascending(predicted);
    List<CalibrationBin> result = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      int from = (int) ((long) b * n / bins);
      int to = (int) ((long) (b + 1) * n / bins);
      if (from == to) {
        continue;
      }
      double sum = 0;
      int ideal = 0;
      for (int i = from; i < to; i++) {
        sum += predicted[order[i]];
        ideal += labels[order[i]] ? 1 : 0;
      }
      int rows = to - from;
      result.add(
          new CalibrationBin(
              rows, ideal, sum / rows, (double) ideal / rows, Proportions.wilson(ideal, rows)));
    }
    return List.copyOf(result);
  }

  private static void check(double[] predicted, boolean[] labels) {
    if (predicted.length != labels.length) {
      throw new IllegalArgumentException(
          "one prediction per label: "
              + predicted.length
              + " predictions, "
              + labels.length
              + " labels");
    }
    for (int i = 0; i < predicted.length; i++) {
      if (!(predicted[i] >= 0 && predicted[i] <= 1)) {
        throw new IllegalArgumentException(
            "prediction of row " + i + " is not a probability: " + predicted[i]);
      }
    }
  }
}
