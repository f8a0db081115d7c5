package org.icpengine.core.score;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A seeded stratified split of rows into a training part and a held-out part: each class is
 * shuffled and its first {@code share} goes to the held-out part, so both parts have the same ideal
 * rate.
 *
 * @param train the rows to learn from, ascending
 * @param holdout the rows held out, ascending
 */
public record Split(int[] train, int[] holdout) {
  /**
   * Splits the rows of the labels.
   *
   * @param share the share of each class held out, strictly between 0 and 1
   */
  public static Split stratified(boolean[] labels, double share, long seed) {
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("the held-out share must be between 0 and 1: " + share);
    }
    SplittableRandom random = new SplittableRandom(seed);
    boolean[] held = new boolean[labels.length];
    for (boolean cls : new boolean[] {true, false}) {
      int[] rows = new int[labels.length];
      int n = 0;
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == cls) {
          rows[n++] = i;
        }
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = rows[i];
        rows[i] = rows[j];
        rows[j] = swap;
      }
      int out = (int) Math.round(share * n);
      for (int i = 0; i < out; i++) {
        held[rows[i]] = true;
      }
    }
    int[] train = new int[labels.length];
    int[] holdout = new int[labels.length];
    int t = 0;
    int h = 0;
    for (int i = 0; i < labels.length; i++) {
      if (held[i]) {
        holdout[h++] = i;
      } else {
        train[t++] = i;
      }
    }
    return new Split(Arrays.copyOf(train, t), Arrays.copyOf(holdout, h));
  }
}
