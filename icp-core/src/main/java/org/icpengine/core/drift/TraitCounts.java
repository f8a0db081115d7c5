package org.icpengine.core.drift;

/**
 * One trait's counts in one sample.
 *
 * @param condition the trait in words, e.g. "Industry is Fintech"
 * @param inside the accounts with the trait
 * @param insideIdeal the ideal accounts among them
 * @param rows every account of the sample
 * @param ideal every ideal account of the sample
 * @param published whether discovery published the trait on this sample
 */
public record TraitCounts(
    String condition, long inside, long insideIdeal, long rows, long ideal, boolean published) {
  /** Checks the counts nest. */
  public TraitCounts {
    if (insideIdeal < 0
        || insideIdeal > inside
        || inside > rows
        || ideal > rows
        || insideIdeal > ideal) {
      throw new IllegalArgumentException(
          condition
              + ": counts do not nest: "
              + insideIdeal
              + " of "
              + inside
              + ", "
              + ideal
              + " of "
              + rows);
    }
  }
}
