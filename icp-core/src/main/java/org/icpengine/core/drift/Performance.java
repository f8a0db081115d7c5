package org.icpengine.core.drift;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.evaluation.Discrimination;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Proportions;

/**
 * How well the score sorts one sample's scored accounts. With outcomes ({@code observed}), the AUC
 * with its Hanley–McNeil interval, the top-decile lift, and per tier the observed ideal rate
 * (Wilson interval) beside the expected one (the tier's mean calibrated probability); without, only
 * the expected rates, an estimate until outcomes mature.
 *
 * @param observed whether the sample had outcomes
 * @param rows the scored rows
 * @param ideal the ideal scored rows, 0 without outcomes
 * @param auc the AUC with its interval; missing without outcomes or without both classes
 * @param topDecileLift the ideal rate of the top tenth over the overall rate; NaN without outcomes
 * @param tiers one row per tier, A to D
 */
public record Performance(
    boolean observed,
    long rows,
    long ideal,
    Figure auc,
    double topDecileLift,
    List<TierRate> tiers) {
  /** Copies the list. */
  public Performance {
    tiers = List.copyOf(tiers);
  }

  /**
   * One tier's ideal rate.
   *
   * @param tier 'A' to 'D'
   * @param rows the tier's scored rows
   * @param observed the observed ideal rate with its Wilson interval; missing without outcomes
   * @param expected the mean calibrated probability with its t interval; missing for an empty tier
   */
  public record TierRate(char tier, long rows, Figure observed, Figure expected) {}

  /** Measures the sample's scored rows (those with a tier A–D and a probability). */
  public static Performance of(ScoredSample sample) {
    int[] rows =
        java.util.stream.IntStream.range(0, sample.rows())
            .filter(i -> "ABCD".indexOf(sample.tiers()[i]) >= 0)
            .filter(i -> !Double.isNaN(sample.probabilities()[i]))
            .toArray();
    double[] p = new double[rows.length];
    boolean[] labels = new boolean[rows.length];
    long ideal = 0;
    boolean[] flags = sample.ideal().orElse(new boolean[sample.rows()]);
    for (int k = 0; k < rows.length; k++) {
      p[k] = sample.probabilities()[rows[k]];
      labels[k] = flags[rows[k]];
      ideal += labels[k] ? 1 : 0;
    }
    boolean observed = sample.ideal().isPresent();
    List<TierRate> tiers = new ArrayList<>();
    for (char tier : "ABCD".toCharArray()) {
      tiers.add(tier(tier, rows, sample, p, labels, observed));
    }
    if (!observed) {
      return new Performance(false, rows.length, 0, Figure.missing(), Double.NaN, tiers);
    }
    double auc = Discrimination.auc(p, labels);
    Figure aucFigure =
        Double.isNaN(auc)
            ? Figure.missing()
            : Figure.of(
                auc, Discrimination.aucInterval(auc, ideal, rows.length - ideal), Double.NaN);
    return new Performance(
        true, rows.length, ideal, aucFigure, Discrimination.topDecileLift(p, labels), tiers);
  }

  private static TierRate tier(
      char tier, int[] rows, ScoredSample sample, double[] p, boolean[] labels, boolean observed) {
    List<Double> probabilities = new ArrayList<>();
    long hits = 0;
    for (int k = 0; k < rows.length; k++) {
      if (sample.tiers()[rows[k]] == tier) {
        probabilities.add(p[k]);
        hits += labels[k] ? 1 : 0;
      }
    }
    long n = probabilities.size();
    Moments m = Moments.of(probabilities.stream().mapToDouble(Double::doubleValue).toArray());
    Figure expected =
        n == 0 ? Figure.missing() : Figure.of(m.mean(), Means.confidence(m), Double.NaN);
    Figure rate =
        !observed || n == 0
            ? Figure.missing()
            : Figure.of((double) hits / n, Proportions.wilson(hits, n), Double.NaN);
    return new TierRate(tier, n, rate, expected);
  }

  /** Returns the standard error of the AUC implied by its interval, NaN when missing. */
  double aucStandardError() {
    if (!auc.isPresent()) {
      return Double.NaN;
    }
    return (auc.high() - auc.low()) / (2 * PerformanceDrift.Z_95);
  }
}
