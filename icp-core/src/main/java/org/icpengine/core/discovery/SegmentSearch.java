package org.icpengine.core.discovery;

import java.util.List;

/**
 * The exhaustive depth-first search over conjunctions of selectors on one sample. Conjunctions are
 * enumerated once each, as ascending index paths over the canonical selector list, skipping any
 * that would repeat an attribute. A conjunction under the minimum support is never refined (support
 * only shrinks); one whose optimistic estimate cannot enter the top-K of either direction is not
 * refined either. Both directions are searched in the same pass.
 *
 * <p>Below each first-level selector the search continues on the sample restricted to that
 * selector's rows (a projected database), so that the deeper conjunctions, the bulk of the work,
 * are counted over a fraction of the words.
 */
final class SegmentSearch {
  private static final Direction[] DIRECTIONS = Direction.values();

  private final Sample sample;
  private final Scorer scorer;
  private final int[] attributes;
  private final int maxDepth;
  private final int minSupport;
  private final TopK[] tops;
  private final int[] path;
  private final Tally tally = new Tally();
  private long evaluated;
  private long belowSupport;
  private long pruned;

  /**
   * Creates a search.
   *
   * @param attributes the attribute number of each canonical selector; equal numbers never combine
   */
  SegmentSearch(
      Sample sample, Scorer scorer, int[] attributes, int maxDepth, int minSupport, int topK) {
    this.sample = sample;
    this.scorer = scorer;
    this.attributes = attributes;
    this.maxDepth = maxDepth;
    this.minSupport = Math.max(1, minSupport);
    this.tops = new TopK[] {new TopK(topK), new TopK(topK)};
    this.path = new int[maxDepth];
  }

  /** The kept candidates of each direction, best first, and what the search counted. */
  record Outcome(
      List<Candidate> positives,
      List<Candidate> negatives,
      long evaluated,
      long belowSupport,
      long pruned) {

    /** Returns the kept candidates of {@code direction}, best first. */
    List<Candidate> ranked(Direction direction) {
      return direction == Direction.POSITIVE ? positives : negatives;
    }
  }

  /** Runs the search once and returns what it kept. */
  Outcome run() {
    expand(new Level(sample, scorer, maxDepth), 0, sample.all(), 0);
    return new Outcome(
        tops[Direction.POSITIVE.ordinal()].ranked(),
        tops[Direction.NEGATIVE.ordinal()].ranked(),
        evaluated,
        belowSupport,
        pruned);
  }

  /** A sample, its scorer and one reusable buffer per depth, sized to the sample's words. */
  private record Level(Sample sample, Scorer scorer, long[][] buffers) {
    Level(Sample sample, Scorer scorer, int maxDepth) {
      this(sample, scorer, new long[maxDepth + 1][sample.all().length]);
    }
  }

  private void expand(Level level, int depth, long[] parent, int from) {
    Sample here = level.sample();
    for (int j = from; j < here.selectorCount(); j++) {
      if (repeatsAttribute(depth, j)) {
        continue;
      }
      level.scorer().count(parent, here.selector(j), tally);
      evaluated++;
      if (tally.support < minSupport) {
        belowSupport++;
        continue;
      }
      path[depth] = j;
      offer(depth + 1);
      if (depth + 1 < maxDepth) {
        descend(level, depth, parent, j);
      }
    }
  }

  private void descend(Level level, int depth, long[] parent, int j) {
    long[] child = level.buffers()[depth + 1];
    Words.and(parent, level.sample().selector(j), child);
    if (!promising(level.scorer(), child)) {
      pruned++;
      return;
    }
    if (depth > 0) {
      expand(level, depth + 1, child, j + 1);
      return;
    }
    Sample part = level.sample().restrict(child, j + 1, k -> attributes[k] != attributes[j]);
    expand(new Level(part, level.scorer().on(part), maxDepth), 1, part.all(), j + 1);
  }

  private boolean repeatsAttribute(int depth, int j) {
    for (int d = 0; d < depth; d++) {
      if (attributes[path[d]] == attributes[j]) {
        return true;
      }
    }
    return false;
  }

  private void offer(int length) {
    for (Direction direction : DIRECTIONS) {
      if (scorer.admits(direction, tally)) {
        tops[direction.ordinal()].offer(path, length, scorer.quality(direction, tally));
      }
    }
  }

  private boolean promising(Scorer current, long[] rows) {
    for (Direction direction : DIRECTIONS) {
      if (tops[direction.ordinal()].mayAccept(current.bound(direction, tally, rows))) {
        return true;
      }
    }
    return false;
  }
}
