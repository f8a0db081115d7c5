package org.icpengine.core.discovery;

import java.util.Arrays;
import java.util.List;

/** Builds {@link Segment} values from index paths measured on a sample. */
final class Segments {
  private Segments() {}

  /**
   * Returns the segment of the selectors at {@code path} in the canonical list, measured on {@code
   * rows} (their rows in the scorer's sample), with the quality of {@code direction}.
   */
  static Segment measure(
      List<Selector> canonical,
      int[] path,
      Sample sample,
      long[] rows,
      Scorer scorer,
      Direction direction) {
    Tally tally = new Tally();
    scorer.count(rows, sample.all(), tally);
    double quality = tally.support == 0 ? Double.NaN : scorer.quality(direction, tally);
    return new Segment(
        Arrays.stream(path).mapToObj(canonical::get).toList(),
        tally.support,
        Words.andCardinality(rows, sample.positives()),
        scorer.mean(tally),
        quality);
  }
}
