package org.icpengine.core.discovery;

/**
 * The counts of one conjunction on one sample. Mutable and reused from candidate to candidate so
 * that the search loop allocates nothing.
 */
final class Tally {
  /** The rows in the conjunction. */
  int support;

  /** The positive rows in it (binary targets only). */
  int positives;

  /**
   * The sum of the oriented values of its rows (numeric targets only), in the scorer's fixed-point
   * units: integer sums are exact, so they do not depend on the order or grouping of the additions.
   */
  long sum;
}
