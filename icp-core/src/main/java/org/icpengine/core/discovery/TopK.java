package org.icpengine.core.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The best k candidates of one direction seen so far, in a min-heap whose root is the worst kept
 * one. Only candidates with a positive quality are kept. Ties in quality are broken by path, so the
 * contents never depend on the order in which candidates arrive.
 */
final class TopK {
  private final int capacity;
  private final PriorityQueue<Candidate> heap;

  TopK(int capacity) {
    this.capacity = capacity;
    this.heap = new PriorityQueue<>(capacity + 1, Candidate.BEST_FIRST.reversed());
  }

  /**
   * Returns whether a candidate of quality {@code bound} could still enter; a subtree whose
   * optimistic estimate fails this can be pruned. Equal quality may enter on the tie-break, so
   * equality does not prune and the result matches an unpruned search exactly.
   */
  boolean mayAccept(double bound) {
    return bound > 0 && (heap.size() < capacity || bound >= heap.peek().quality());
  }

  /** Offers the first {@code length} entries of {@code path}; copies them only if kept. */
  void offer(int[] path, int length, double quality) {
    if (!(quality > 0)) {
      return;
    }
    if (heap.size() == capacity) {
      Candidate worst = heap.peek();
      if (quality < worst.quality()
          || quality == worst.quality()
              && Arrays.compare(path, 0, length, worst.path(), 0, worst.path().length) >= 0) {
        return;
      }
      heap.poll();
    }
    heap.add(new Candidate(Arrays.copyOf(path, length), quality));
  }

  /** Returns the kept candidates, best first. */
  List<Candidate> ranked() {
    return heap.stream().sorted(Candidate.BEST_FIRST).toList();
  }
}
