package org.icpengine.server.dataset;

import org.icpengine.data.enrichment.ReviewPair;

/**
 * A review pair of a dataset and where its review stands in the workspace.
 *
 * @param number the pair's position in the dataset's review list, from 1
 * @param pair the enrichment row, the account, the score and the reason
 * @param decision the workspace's decision on it; null while it waits
 */
public record ReviewedPair(int number, ReviewPair pair, MatchDecision decision) {
  /** Returns waiting, accepted, rejected or skipped. */
  public String status() {
    if (decision == null) {
      return "waiting";
    }
    return switch (decision.verdict()) {
      case ACCEPT -> "accepted";
      case REJECT -> "rejected";
      case SKIP -> "skipped";
    };
  }

  /** Returns whether an editor accepted or rejected it (a skip is not a review). */
  public boolean reviewed() {
    return decision != null && decision.verdict() != Verdict.SKIP;
  }
}
