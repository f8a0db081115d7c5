package org.icpengine.core.discovery;

/**
 * Counts conjunctions on one sample and turns the counts into the search quality and its optimistic
 * estimate. Qualities are oriented per direction, so that a higher value is always a stronger
 * segment of that direction.
 */
interface Scorer {

  /** Returns whether the target varies on the sample, without which no segment can stand out. */
  boolean isInformative();

  /**
   * Counts the rows of {@code parent} AND {@code selector} into {@code tally}, without allocating.
   * Below the scorer's minimum support only the support is sure to be counted: such a conjunction
   * is discarded, so the rest would be wasted work.
   */
  void count(long[] parent, long[] selector, Tally tally);

  /**
   * Returns a scorer with the same population figures (N, base rate or mean and deviation) that
   * counts on {@code part}, a restriction of this scorer's sample to some of its rows.
   */
  Scorer on(Sample part);

  /** Returns whether a segment with these counts may be kept in {@code direction}. */
  boolean admits(Direction direction, Tally tally);

  /** Returns the quality of a segment with these counts in {@code direction}. */
  double quality(Direction direction, Tally tally);

  /**
   * Returns an upper bound on the quality in {@code direction} of every admissible subset of {@code
   * rows}, whose counts are {@code tally}; negative infinity when no subset is admissible.
   */
  double bound(Direction direction, Tally tally, long[] rows);

  /** Returns the mean of a segment with these counts, a rate or a value in the target's unit. */
  double mean(Tally tally);

  /** Returns the quality's size factor (n/N)^a, with a plain square root for a = 0.5. */
  static double sizeFactor(double support, double rows, double exponent) {
    double share = support / rows;
    return exponent == 0.5 ? Math.sqrt(share) : Math.pow(share, exponent);
  }
}
