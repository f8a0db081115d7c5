package org.icpengine.core.discovery;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a discovery found. Findings are listed best first by their search quality, ties broken by
 * their conditions, so the same data, selectors and seed always give the same result.
 *
 * @param positives the published segments better than the population (the ideal customer's traits)
 * @param negatives the published segments worse than the population (disqualifiers)
 * @param rejected the confirmed segments that failed a check, each with its verdict
 * @param counts how much was searched, pruned and rejected
 * @param depth the most selectors a segment could have, after the small-sample cap
 * @param smallSample whether there were fewer than 1,000 rows, so the depth was capped at 2 and
 *     lifts were shrunk toward 1; the report should say so
 * @param options the options the discovery ran with
 */
public record DiscoveryResult(
    List<Finding> positives,
    List<Finding> negatives,
    List<Finding> rejected,
    DiscoveryCounts counts,
    int depth,
    boolean smallSample,
    DiscoveryOptions options) {

  /** Copies the lists. */
  public DiscoveryResult {
    positives = List.copyOf(positives);
    negatives = List.copyOf(negatives);
    rejected = List.copyOf(rejected);
  }

  /** Returns the published findings, positive ones first. */
  public List<Finding> published() {
    return Stream.concat(positives.stream(), negatives.stream()).toList();
  }
}
