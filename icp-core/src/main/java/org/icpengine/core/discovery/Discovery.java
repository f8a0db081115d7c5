package org.icpengine.core.discovery;

import java.util.List;

/**
 * Finds the segments of rows whose target departs most from the population: the traits of the ideal
 * customer (positive segments) and the disqualifiers (negative ones).
 *
 * <p>The rows are split by the seed into a discovery half and a holdout half. On the discovery half
 * an exhaustive depth-first search over conjunctions of up to {@code maxDepth} selectors, one per
 * attribute, keeps the top-K of each direction by quality, pruning with optimistic estimates; a
 * redundancy filter then keeps at most {@code maxSegments} per direction that beat their simpler
 * versions and do not overlap better ones. The survivors are re-tested on the holdout half, with a
 * Benjamini–Hochberg correction over all of them, and only those that hold up are published. Below
 * 1,000 rows the depth is capped at 2 and lifts are shrunk toward 1.
 *
 * <p>The result depends only on the data, the options (the seed among them) and the set of
 * selectors, never on the order in which the selectors are given.
 */
public final class Discovery {
  /** Below this many rows, discovery runs as on a small sample. */
  public static final int SMALL_SAMPLE_ROWS = 1_000;

  private static final int SMALL_SAMPLE_DEPTH = 2;

  private Discovery() {}

  /**
   * Returns the segments of {@code selectors} that stand out on {@code target}.
   *
   * @throws IllegalArgumentException if a selector ranges over a different number of rows than the
   *     target, or two selectors share both attribute and condition
   */
  public static DiscoveryResult discover(
      List<Selector> selectors, Target target, DiscoveryOptions options) {
    List<Selector> canonical = canonical(selectors, target.size());
    Halves halves = Halves.split(canonical, target, options.seed());
    boolean small = halves.rows() < SMALL_SAMPLE_ROWS;
    int depth = small ? Math.min(SMALL_SAMPLE_DEPTH, options.maxDepth()) : options.maxDepth();
    return new DiscoveryRun(canonical, halves, options, depth, small).result();
  }

  /** Sorts the selectors into canonical order and checks them against the target. */
  private static List<Selector> canonical(List<Selector> selectors, int size) {
    List<Selector> sorted = selectors.stream().sorted(Selector.CANONICAL).toList();
    for (int i = 0; i < sorted.size(); i++) {
      Selector selector = sorted.get(i);
      if (selector.rows().size() != size) {
        throw new IllegalArgumentException(
            "selector '"
                + selector.condition()
                + "' ranges over "
                + selector.rows().size()
                + " rows, the target over "
                + size);
      }
      if (i > 0 && Selector.CANONICAL.compare(sorted.get(i - 1), selector) == 0) {
        throw new IllegalArgumentException(
            "duplicate selector: attribute '"
                + selector.attribute()
                + "', condition '"
                + selector.condition()
                + "'");
      }
    }
    return sorted;
  }
}
