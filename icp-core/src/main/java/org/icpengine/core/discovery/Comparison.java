package org.icpengine.core.discovery;

import org.icpengine.core.stats.Figure;

/**
 * The statistics that compare two disjoint row sets of one sample, for one kind of target: the
 * one-sided test of the redundancy filter and the effect, interval and two-sided test of the
 * confirmation.
 */
interface Comparison {

  /**
   * Returns the one-sided p-value that the rows {@code inside} are better than the rows {@code
   * outside} in {@code direction} (worse, for {@link Direction#NEGATIVE}); 1 when either is empty.
   */
  double oneSided(Sample sample, long[] inside, long[] outside, Direction direction);

  /**
   * Returns the effect of {@code segment} against the rest of the sample, in the target's reporting
   * unit, with its 95 % interval and two-sided p-value; shrunk toward no effect when {@code
   * shrink}.
   */
  Figure effect(Sample sample, long[] segment, boolean shrink);

  /**
   * Returns the segment's mean minus the rest's in standard deviations of the whole sample,
   * positive when the segment is better; NaN when it cannot be computed.
   */
  double standardisedEffect(Sample sample, long[] segment);

  /**
   * Returns whether the effect's interval excludes the no-effect value on the side of {@code
   * direction}.
   */
  boolean clearOfNoEffect(Figure effect, Direction direction);

  /** Returns whether the effect is large enough to report in {@code direction}. */
  boolean largeEnough(Figure effect, Direction direction);
}
