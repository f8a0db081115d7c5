package org.icpengine.core.discovery;

import java.util.ArrayList;
import java.util.List;

/**
 * The redundancy filter, applied to one direction's ranked candidates in this order: a candidate
 * survives only if it beats every simpler version of itself (each conjunction left when one
 * selector is dropped, the empty one being the whole sample) by a one-sided test at p < 0.01 of its
 * rows against that generalisation's other rows; then a survivor whose rows overlap an already
 * kept, better one with a Jaccard index above 0.5 is dropped; the filter stops once it keeps the
 * maximum number of segments.
 */
final class Redundancy {
  /** The one-sided level at which a segment must beat each simpler version on discovery data. */
  static final double SIMPLER_LEVEL = 0.01;

  /** The Jaccard index above which two segments describe the same rows. */
  static final double MAX_OVERLAP = 0.5;

  private final Sample sample;
  private final Comparison comparison;
  private final int maxSegments;
  private int notBetterThanSimpler;
  private int overlapping;

  Redundancy(Sample sample, Comparison comparison, int maxSegments) {
    this.sample = sample;
    this.comparison = comparison;
    this.maxSegments = maxSegments;
  }

  /** Returns the survivors among {@code ranked} (best first), best first, as index paths. */
  List<int[]> filter(List<Candidate> ranked, Direction direction) {
    List<int[]> kept = new ArrayList<>();
    List<long[]> keptRows = new ArrayList<>();
    for (Candidate candidate : ranked) {
      if (kept.size() == maxSegments) {
        break;
      }
      long[] rows = sample.rowsOf(candidate.path());
      if (!beatsSimpler(sample, comparison, candidate.path(), rows, direction, SIMPLER_LEVEL)) {
        notBetterThanSimpler++;
      } else if (overlapsAny(rows, keptRows)) {
        overlapping++;
      } else {
        kept.add(candidate.path());
        keptRows.add(rows);
      }
    }
    return kept;
  }

  /** Returns how many candidates failed to beat a simpler version of themselves. */
  int notBetterThanSimpler() {
    return notBetterThanSimpler;
  }

  /** Returns how many candidates overlapped a better kept one. */
  int overlapping() {
    return overlapping;
  }

  /**
   * Returns whether the segment at {@code path}, whose rows are {@code rows}, beats each
   * generalisation by a one-sided p-value below {@code level}.
   */
  static boolean beatsSimpler(
      Sample sample,
      Comparison comparison,
      int[] path,
      long[] rows,
      Direction direction,
      double level) {
    for (int drop = 0; drop < path.length; drop++) {
      long[] outside = Words.andNot(sample.rowsOf(without(path, drop)), rows);
      if (!(comparison.oneSided(sample, rows, outside, direction) < level)) {
        return false;
      }
    }
    return true;
  }

  private static int[] without(int[] path, int drop) {
    int[] shorter = new int[path.length - 1];
    for (int i = 0, j = 0; i < path.length; i++) {
      if (i != drop) {
        shorter[j++] = path[i];
      }
    }
    return shorter;
  }

  private static boolean overlapsAny(long[] rows, List<long[]> keptRows) {
    int size = Words.cardinality(rows);
    for (long[] other : keptRows) {
      int both = Words.andCardinality(rows, other);
      double union = size + Words.cardinality(other) - both;
      if (both / union > MAX_OVERLAP) {
        return true;
      }
    }
    return false;
  }
}
