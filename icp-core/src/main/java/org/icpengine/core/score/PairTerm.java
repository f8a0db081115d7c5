package org.icpengine.core.score;

/**
 * One pairwise interaction: a table over value groups of two features. Each feature's bins are
 * mapped to groups (bin 0, "unknown", is always its own group 0).
 *
 * @param first the first feature
 * @param second the second feature
 * @param firstGroups the group of each bin of the first feature
 * @param secondGroups the group of each bin of the second feature
 * @param values the log-odds contribution of each pair of groups
 */
public record PairTerm(
    int first, int second, int[] firstGroups, int[] secondGroups, double[][] values) {
  /** Returns the contribution for the two bins. */
  public double value(int firstBin, int secondBin) {
    return values[firstGroups[firstBin]][secondGroups[secondBin]];
  }
}
