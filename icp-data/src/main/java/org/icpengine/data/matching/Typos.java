package org.icpengine.data.matching;

import org.apache.commons.text.similarity.LevenshteinDistance;

/** Whether two different words are one typo apart: long words only, where a typo is likely. */
final class Typos {
  /** The shortest word a typo is forgiven in: "west" and "east" stay different words. */
  static final int MIN_LENGTH = 5;

  /** What a word one typo away counts, against 1 for the same word. */
  static final double SIMILARITY = 0.9;

  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);

  private Typos() {}

  /**
   * Returns whether two words of at least {@link #MIN_LENGTH} letters differ by one insertion,
   * deletion, substitution or swap of neighbouring letters.
   */
  static boolean close(String a, String b) {
    if (a.length() < MIN_LENGTH
        || b.length() < MIN_LENGTH
        || Math.abs(a.length() - b.length()) > 1
        || a.equals(b)) {
      return false;
    }
    return ONE_EDIT.apply(a, b) >= 0 || swapped(a, b);
  }

  private static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        if (first >= 0) {
          return i == first + 1
              && a.charAt(first) == b.charAt(i)
              && a.charAt(i) == b.charAt(first)
              && a.substring(i + 1).equals(b.substring(i + 1));
        }
        first = i;
      }
    }
    return false;
  }
}
