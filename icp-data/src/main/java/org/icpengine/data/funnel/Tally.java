package org.icpengine.data.funnel;

import org.icpengine.core.stats.Moments;

/**
 * The sufficient statistics of one cell of the funnel, as the engine counts them: what {@link
 * GroupFigures} turns into figures with intervals, the rest of a cell being the total minus the
 * cell.
 *
 * @param n opportunities
 * @param open open ones
 * @param won won ones
 * @param lost lost ones
 * @param reached per stage, the opportunities that reached it
 * @param inOrder per stage, those that reached it and every stage before it
 * @param pairs per stage, those that reached it and the stage before it (0 for the first)
 * @param pipeline open amounts summed
 * @param bookings won amounts summed
 * @param sizes the won deals' amounts
 * @param cycles the won deals' cycles in days
 */
record Tally(
    long n,
    long open,
    long won,
    long lost,
    long[] reached,
    long[] inOrder,
    long[] pairs,
    double pipeline,
    double bookings,
    Moments sizes,
    Moments cycles) {

  /** Returns the total minus this cell: the rest of the opportunities. */
  Tally restOf(Tally total) {
    return new Tally(
        total.n - n,
        total.open - open,
        total.won - won,
        total.lost - lost,
        minus(total.reached, reached),
        minus(total.inOrder, inOrder),
        minus(total.pairs, pairs),
        total.pipeline - pipeline,
        total.bookings - bookings,
        total.sizes.minus(sizes),
        total.cycles.minus(cycles));
  }

  long closed() {
    return won + lost;
  }

  private static long[] minus(long[] a, long[] b) {
    long[] out = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = a[i] - b[i];
    }
    return out;
  }
}
