package org.icpengine.core.evaluation;

import java.util.Arrays;

/**
 * How well a score ranks ideal rows above the others. Only the order of the scores matters, so any
 * monotone score (probability, logit, points) gives the same figures.
 */
public final class Discrimination {
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
