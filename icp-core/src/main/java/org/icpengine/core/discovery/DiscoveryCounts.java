package org.icpengine.core.discovery;

/**
 * How much a discovery searched, pruned and rejected, for the report.
 *
 * @param rows the rows that took part (for a numeric target, those with a value)
 * @param discoveryRows the rows of the half the search ran on
 * @param holdoutRows the rows of the half the survivors were confirmed on
 * @param selectors the selectors given
 * @param usableSelectors the selectors with the minimum support on the discovery half
 * @param evaluated the conjunctions whose rows were counted
 * @param belowSupport the conjunctions under the minimum support, never refined further
 * @param pruned the conjunctions whose optimistic estimate ruled out every refinement
 * @param kept the segments held in the top-K lists of both directions after the search
 * @param notBetterThanSimpler the segments dropped for not beating a simpler version of themselves
 * @param overlapping the segments dropped for a Jaccard overlap above 0.5 with a better one
 * @param confirmed the segments re-tested on the confirmation half
 * @param published the findings that passed every check
 */
public record DiscoveryCounts(
    int rows,
    int discoveryRows,
    int holdoutRows,
    int selectors,
    int usableSelectors,
    long evaluated,
    long belowSupport,
    long pruned,
    int kept,
    int notBetterThanSimpler,
    int overlapping,
    int confirmed,
    int published) {}
