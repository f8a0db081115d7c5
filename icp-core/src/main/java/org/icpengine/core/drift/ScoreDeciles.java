package org.icpengine.core.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reference's score deciles as bins: the cut points are the reference scores at each tenth
 * (repeated cuts, from tied scores, merged), so the reference has about a tenth of its scored rows
 * in each bin and a current sample's shares show where the scores moved.
 *
 * @param cuts the inclusive upper bounds of every bin but the last, ascending and distinct
 */
public record ScoreDeciles(List<Integer> cuts) {
  /** Copies the cuts. */
  public ScoreDeciles {
    cuts = List.copyOf(cuts);
  }

  /**
   * Returns the deciles of the given scores ({@link ScoredSample#UNSCORED} ignored).
   *
   * @throws IllegalArgumentException when no score is given
   */
  public static ScoreDeciles of(int[] scores) {
    int[] sorted = Arrays.stream(scores).filter(s -> s != ScoredSample.UNSCORED).sorted().toArray();
    if (sorted.length == 0) {
      throw new IllegalArgumentException("the reference has no scored row");
    }
    List<Integer> cuts = new ArrayList<>();
    for (int d = 1; d < 10; d++) {
      int cut = sorted[(int) Math.ceil(d * sorted.length / 10.0) - 1];
      if (cut < sorted[sorted.length - 1] && (cuts.isEmpty() || cut > cuts.get(cuts.size() - 1))) {
        cuts.add(cut);
      }
    }
    return new ScoreDeciles(cuts);
  }

  /** Returns the scored rows per bin. */
  public long[] counts(int[] scores) {
    long[] counts = new long[cuts.size() + 1];
    for (int score : scores) {
      if (score != ScoredSample.UNSCORED) {
        int bin = 0;
        while (bin < cuts.size() && score > cuts.get(bin)) {
          bin++;
        }
        counts[bin]++;
      }
    }
    return counts;
  }

  /** Returns each bin's label: "0–41", "42–48", …, "87–100". */
  public List<String> labels() {
    List<String> labels = new ArrayList<>();
    int low = 0;
    for (int cut : cuts) {
      labels.add(low + "–" + cut);
      low = cut + 1;
    }
    labels.add(low + "–100");
    return labels;
  }
}
