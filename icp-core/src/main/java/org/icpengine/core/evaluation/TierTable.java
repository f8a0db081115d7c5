package org.icpengine.core.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.stats.Proportions;

/**
 * The tiers of a score as a business table: per tier the rows, observed and expected ideal rates,
 * and overall how much of the ideal population the best tiers capture.
 *
 * @param tiers one row per tier, always A, B, C and D in that order (empty tiers included)
 * @param rows all rows
 * @param ideal all ideal rows
 * @param idealCapturedByA the share of all ideal rows that fall in tier A; NaN without ideal rows
 * @param idealCapturedByAB the share of all ideal rows that fall in tiers A or B; NaN without ideal
 *     rows
 * @param rateRatioAToD tier A's observed rate over tier D's: NaN when either tier is empty or both
 *     rates are 0, positive infinity when only tier D's rate is 0
 */
public record TierTable(
    List<TierRow> tiers,
    int rows,
    int ideal,
    double idealCapturedByA,
    double idealCapturedByAB,
    double rateRatioAToD) {
  /** The tier letters, best first. */
  public static final String TIERS = "ABCD";

  /** Copies the tier list. */
  public TierTable {
    tiers = List.copyOf(tiers);
  }

  /**
   * Tabulates rows by tier.
   *
   * @param tiers the tier of each row, one of 'A', 'B', 'C', 'D'
   * @param predicted the predicted probability of each row, in [0, 1]
   * @param labels whether each row is ideal
   * @throws IllegalArgumentException if the lengths differ, a tier is not A–D or a prediction is
   *     not a probability
   */
  public static TierTable of(char[] tiers, double[] predicted, boolean[] labels) {
    if (tiers.length != labels.length || predicted.length != labels.length) {
      throw new IllegalArgumentException(
          "one tier and one prediction per label: "
              + tiers.length
              + " tiers, "
              + predicted.length
              + " predictions, "
              + labels.length
              + " labels");
    }
    int[] rows = new int[TIERS.length()];
    int[] ideal = new int[TIERS.length()];
    double[] predictedSum = new double[TIERS.length()];
    for (int i = 0; i < labels.length; i++) {
      int t = TIERS.indexOf(tiers[i]);
      if (t < 0) {
        throw new IllegalArgumentException("tier of row " + i + " is not A-D: '" + tiers[i] + "'");
      }
      if (!(predicted[i] >= 0 && predicted[i] <= 1)) {
        throw new IllegalArgumentException(
            "prediction of row " + i + " is not a probability: " + predicted[i]);
      }
      rows[t]++;
      ideal[t] += labels[i] ? 1 : 0;
      predictedSum[t] += predicted[i];
    }
    int n = labels.length;
    int totalIdeal = 0;
    List<TierRow> table = new ArrayList<>();
    for (int t = 0; t < TIERS.length(); t++) {
      totalIdeal += ideal[t];
      table.add(
          new TierRow(
              TIERS.charAt(t),
              rows[t],
              n == 0 ? Double.NaN : (double) rows[t] / n,
              ideal[t],
              rows[t] == 0 ? Double.NaN : (double) ideal[t] / rows[t],
              Proportions.wilson(ideal[t], rows[t]),
              rows[t] == 0 ? Double.NaN : predictedSum[t] / rows[t]));
    }
    double captureA = totalIdeal == 0 ? Double.NaN : (double) ideal[0] / totalIdeal;
    double captureAb = totalIdeal == 0 ? Double.NaN : (double) (ideal[0] + ideal[1]) / totalIdeal;
    return new TierTable(
        table,
        n,
        totalIdeal,
        captureA,
        captureAb,
        ratio(table.get(0).observedRate(), table.get(3).observedRate()));
  }

  /** Returns the row of a tier letter. */
  public TierRow tier(char letter) {
    int t = TIERS.indexOf(letter);
    if (t < 0) {
      throw new IllegalArgumentException("no tier '" + letter + "'; tiers are A-D");
    }
    return tiers.get(t);
  }

  private static double ratio(double rateA, double rateD) {
    if (Double.isNaN(rateA) || Double.isNaN(rateD) || (rateA == 0 && rateD == 0)) {
      return Double.NaN;
    }
    return rateD == 0 ? Double.POSITIVE_INFINITY : rateA / rateD;
  }
}
