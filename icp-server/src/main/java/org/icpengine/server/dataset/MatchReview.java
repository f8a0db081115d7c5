package org.icpengine.server.dataset;

import java.util.List;

/**
 * A dataset's review list: the pairs of an enrichment row and an account that matching put in the
 * review band, each with the workspace's decision, waiting pairs first, then skipped, then reviewed
 * ones (so a decision can be changed), each group in file order.
 *
 * @param datasetId the dataset
 * @param datasetName its name
 * @param pairs every pair in that order
 */
public record MatchReview(long datasetId, String datasetName, List<ReviewedPair> pairs) {
  public MatchReview {
    pairs = List.copyOf(pairs);
  }

  /** Returns how many pairs an editor accepted or rejected. */
  public long reviewed() {
    return pairs.stream().filter(ReviewedPair::reviewed).count();
  }

  /** Returns how many pairs have the status (waiting, accepted, rejected or skipped). */
  public long count(String status) {
    return pairs.stream().filter(p -> p.status().equals(status)).count();
  }

  /** Returns how many pages of {@code size} pairs there are; at least 1. */
  public int pages(int size) {
    return Math.max(1, (pairs.size() + size - 1) / size);
  }

  /**
   * Returns page {@code page} (from 1) of {@code size} pairs.
   *
   * @throws IllegalArgumentException for a page below 1 or a size below 1
   */
  public List<ReviewedPair> page(int page, int size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException(
          "page and page size start at 1, not page " + page + " of size " + size);
    }
    int from = (int) Math.min((long) (page - 1) * size, pairs.size());
    return pairs.subList(from, Math.min(from + size, pairs.size()));
  }
}
