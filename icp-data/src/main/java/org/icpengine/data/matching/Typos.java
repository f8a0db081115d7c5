package org.icpengine.data.matching;

/** Whether two different words are one typo apart: long words only, where a typo is likely. */
final class Typos {
  /** The shortest word a typo is forgiven in: "west" and "east" stay different words. */
  static final int MIN_LENGTH = 5;

  /** What a word one typo away counts, against 1 for the same word. */
  static final double SIMILARITY = 0.9;

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
    return a.length() == b.length() ? oneSubstitutionOrSwap(a, b) : oneInsertion(a, b);
  }

  /** Same length: one letter differs, or two neighbouring letters are swapped; in one pass. */
  private static boolean oneSubstitutionOrSwap(String a, String b) {
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) == b.charAt(i)) {
        continue;
      }
      if (first < 0) {
        first = i;
      } else {
        return i == first + 1
            && a.charAt(first) == b.charAt(i)
            && a.charAt(i) == b.charAt(first)
            && a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
      }
    }
    return true;
  }

  /** Lengths one apart: the longer is the shorter with one letter inserted. */
  private static boolean oneInsertion(String a, String b) {
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    return shorter.regionMatches(i, longer, i + 1, shorter.length() - i);
  }
}
