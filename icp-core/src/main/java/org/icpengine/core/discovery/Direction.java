package org.icpengine.core.discovery;

/** Which way a segment departs from the whole population on the target. */
public enum Direction {
  /**
   * Better than the population: a higher ideal-customer rate, or a better numeric outcome (higher
   * LTV or NRR, lower CAC). These segments describe the ideal customer.
   */
  POSITIVE,
  /**
   * Worse than the population: a lower ideal-customer rate or a worse numeric outcome. These
   * segments are disqualifiers.
   */
  NEGATIVE
}
