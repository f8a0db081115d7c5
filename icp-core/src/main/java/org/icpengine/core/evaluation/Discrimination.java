package org.icpengine.core.evaluation;

import java.util.Arrays;
import org.icpengine.core.stats.Interval;

/**
 * How well a score ranks ideal rows above the others. Only the order of the scores matters, so any
 * monotone score (probability, logit, points) gives the same figures.
 */
public final class Discrimination {
  /** The two-sided 95 % quantile of the standard normal distribution. */
  private static final double Z_95 = 1.959963984540054;

  private Discrimination() {}

  /**
   * Returns the area under the ROC curve: the probability that a random ideal row scores above a
   * random other row, with ties counted one half (the Mann–Whitney U statistic over {@code P · N}).
   * Sorts the two classes separately and merges them, O(n log n). Returns NaN when either class is
   * empty.
   *
   * @throws IllegalArgumentException if the lengths differ or a score is NaN
   */
  public static double auc(double[] scores, boolean[] labels) {
    check(scores, labels);
    int positives = count(labels);
    int negatives = labels.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    double[] pos = new double[positives];
    double[] neg = new double[negatives];
    int p = 0;
    int q = 0;
    for (int i = 0; i < labels.length; i++) {
      if (labels[i]) {
        pos[p++] = scores[i];
      } else {
        neg[q++] = scores[i];
      }
    }
    Arrays.sort(pos);
    Arrays.sort(neg);
    double wins = 0;
    int below = 0; // negatives scoring strictly below the current positive score
    int group = 0;
    while (group < positives) {
      double score = pos[group];
      int end = group;
      while (end < positives && pos[end] == score) {
        end++;
      }
      while (below < negatives && neg[below] < score) {
        below++;
      }
      int notAbove = below;
      while (notAbove < negatives && neg[notAbove] == score) {
        notAbove++;
      }
      wins += (end - group) * (below + 0.5 * (notAbove - below));
      below = notAbove;
      group = end;
    }
    return wins / ((double) positives * negatives);
  }

  /**
   * Returns the 95 % confidence interval of an AUC by Hanley and McNeil (1982): the standard error
   * from the AUC and the class sizes alone, {@code SE² = (A(1−A) + (P−1)(Q1−A²) + (N−1)(Q2−A²)) /
   * (P·N)} with {@code Q1 = A/(2−A)} and {@code Q2 = 2A²/(1+A)}, and the normal approximation,
   * clipped to [0, 1]. Missing when the AUC is NaN or a class is empty.
   *
   * @param auc the area under the ROC curve
   * @param positives the number of ideal rows it was computed on
   * @param negatives the number of other rows
   * @throws IllegalArgumentException if a count is negative or the AUC is outside [0, 1]
   */
  public static Interval aucInterval(double auc, long positives, long negatives) {
    if (positives < 0 || negatives < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative, were " + positives + " and " + negatives);
    }
    if (auc < 0 || auc > 1) {
      throw new IllegalArgumentException("an AUC lies in [0, 1], was " + auc);
    }
    if (Double.isNaN(auc) || positives == 0 || negatives == 0) {
      return Interval.missing();
    }
    double q1 = auc / (2 - auc);
    double q2 = 2 * auc * auc / (1 + auc);
    double a2 = auc * auc;
    double variance =
        (auc * (1 - auc) + (positives - 1) * (q1 - a2) + (negatives - 1) * (q2 - a2))
            / ((double) positives * negatives);
    double half = Z_95 * Math.sqrt(Math.max(0, variance));
    return new Interval(Math.max(0, auc - half), Math.min(1, auc + half));
  }

  /**
   * Returns the top-decile lift: the ideal rate among the top tenth of rows by score divided by the
   * overall ideal rate. The top tenth is exactly {@code ceil(n / 10)} rows taken in descending
   * score order; rows tied at the cut enter in row order (a stable sort), so the figure is
   * deterministic but a tie block straddling the cut is split by row position, not shared out.
   * Scores with many ties at the cut should be compared with that in mind. Returns NaN when there
   * are no rows or no ideal rows.
   *
   * @throws IllegalArgumentException if the lengths differ or a score is NaN
   */
  public static double topDecileLift(double[] scores, boolean[] labels) {
    check(scores, labels);
    int n = labels.length;
    int positives = count(labels);
    if (n == 0 || positives == 0) {
      return Double.NaN;
    }
    int top = (n + 9) / 10;
    int[] order = Order.descending(scores);
    int hits = 0;
    for (int i = 0; i < top; i++) {
      hits += labels[order[i]] ? 1 : 0;
    }
    return ((double) hits / top) / ((double) positives / n);
  }

  static int count(boolean[] labels) {
    int count = 0;
    for (boolean label : labels) {
      count += label ? 1 : 0;
    }
    return count;
  }

  private static void check(double[] scores, boolean[] labels) {
    if (scores.length != labels.length) {
      throw new IllegalArgumentException(
          "one score per label: " + scores.length + " scores, " + labels.length + " labels");
    }
    for (int i = 0; i < scores.length; i++) {
      if (Double.isNaN(scores[i])) {
        throw new IllegalArgumentException("score of row " + i + " is NaN");
      }
    }
  }
}
