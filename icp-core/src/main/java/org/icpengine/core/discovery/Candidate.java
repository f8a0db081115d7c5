package org.icpengine.core.discovery;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A conjunction the search kept: the canonical indices of its selectors, ascending, and its
 * quality. The array is never changed once a candidate exists.
 *
 * @param path the selector indices into the canonical list, ascending
 * @param quality the search quality in the candidate's direction
 */
record Candidate(int[] path, double quality) {
  /**
   * Best first: higher quality, then the lexicographically smaller path, which is the order of the
   * conditions' text since the canonical list is sorted by it.
   */
  static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble(Candidate::quality)
          .reversed()
          .thenComparing(Candidate::path, Arrays::compare);

  @Override
  public boolean equals(Object o) {
    return o instanceof Candidate other
        && Double.compare(quality, other.quality) == 0
        && Arrays.equals(path, other.path);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(path) + Double.hashCode(quality);
  }

  @Override
  public String toString() {
    return "Candidate" + Arrays.toString(path) + "=" + quality;
  }
}
