package org.icpengine.core.discovery;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A conjunction of selectors, at most one per attribute, measured on one half of the rows.
 *
 * @param selectors the conditions, in canonical order (attribute, then condition); 1 to 3 of them
 * @param support the number of rows of the half that meet every condition
 * @param positives for a binary target the positive rows among them; for a numeric target the rows
 *     whose value is better than the half's mean
 * @param mean the positive rate (a fraction) for a binary target, or the mean value in the target's
 *     unit for a numeric one
 * @param quality the search quality (n/N)^a · (p − p0) for a binary target, or (n/N)^a · (μ − μ0) /
 *     σ for a numeric one, with the sign chosen so that a stronger segment of its direction scores
 *     higher; dimensionless
 */
public record Segment(
    List<Selector> selectors, long support, long positives, double mean, double quality) {

  /** Copies the selectors and checks the counts. */
  public Segment {
    selectors = List.copyOf(selectors);
    if (support < 0 || positives < 0 || positives > support) {
      throw new IllegalArgumentException(
          "need 0 <= positives <= support, was " + positives + " of " + support);
    }
  }

  /** Returns the conditions joined by " and ", for example "Industry is Fintech and Seats ≥ 50". */
  public String label() {
    return selectors.stream().map(Selector::condition).collect(Collectors.joining(" and "));
  }

  /** Returns the number of selectors. */
  public int depth() {
    return selectors.size();
  }
}
