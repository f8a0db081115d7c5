package org.icpengine.core.drift;

import java.util.Optional;

/**
 * A sample of accounts as a score model sees them, row by row.
 *
 * @param scores each row's score 0–100, or {@link #UNSCORED} when the row has too little data
 * @param tiers each row's tier 'A'–'D', or {@link #NO_TIER}
 * @param probabilities each row's calibrated probability of being ideal, NaN when unscored
 * @param ideal whether each row is ideal, when the sample says (an outcome old enough to count)
 */
public record ScoredSample(
    int[] scores, char[] tiers, double[] probabilities, Optional<boolean[]> ideal) {
  /** The score of a row the model could not score. */
  public static final int UNSCORED = -1;

  /** The tier of a row without one. */
  public static final char NO_TIER = '-';

  /** Checks the parts have one value per row. */
  public ScoredSample {
    int n = scores.length;
    if (tiers.length != n
        || probabilities.length != n
        || ideal.map(flags -> flags.length != n).orElse(false)) {
      throw new IllegalArgumentException("one score, tier, probability and flag per row");
    }
  }

  /** Returns the number of rows. */
  public int rows() {
    return scores.length;
  }

  /** Returns the rows with a score. */
  public int[] scored() {
    return java.util.stream.IntStream.range(0, scores.length)
        .filter(i -> scores[i] != UNSCORED)
        .toArray();
  }
}
