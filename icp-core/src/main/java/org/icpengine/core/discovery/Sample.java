package org.icpengine.core.discovery;

import java.util.function.IntPredicate;
import org.icpengine.core.stats.Moments;

/**
 * One half of the rows, renumbered 0 to rows − 1, with every selector and the target restricted to
 * it. Values are oriented so that higher is better (a lower-is-better target is negated; {@link
 * #sign()} undoes that). For a numeric target the rows are numbered from the best value to the
 * worst, so walking a row set in order visits its values in descending order.
 */
final class Sample {
  private final int rows;
  private final long[][] selectors;
  private final long[] all;
  private final long[] positives;
  private final double[] values;
  private final double sign;

  /**
   * Creates a sample. For a binary target {@code values} is null and {@code positives} holds the
   * positive rows; for a numeric one {@code values} is sorted in descending order and {@code
   * positives} holds the rows better than the mean.
   */
  private Sample(int rows, long[][] selectors, long[] positives, double[] values, double sign) {
    this.rows = rows;
    this.selectors = selectors;
    this.all = Words.all(rows);
    this.positives = positives;
    this.values = values;
    this.sign = sign;
  }

  /** Returns a sample of a binary target. */
  static Sample binary(int rows, long[][] selectors, long[] positives) {
    return new Sample(rows, selectors, positives, null, 1);
  }

  /** Returns a sample of a numeric target whose oriented values descend with the row number. */
  static Sample numeric(int rows, long[][] selectors, double[] descending, double sign) {
    double mean = Moments.of(descending).mean();
    long[] better = new long[Words.count(rows)];
    for (int row = 0; row < rows && descending[row] > mean; row++) {
      Words.set(better, row);
    }
    return new Sample(rows, selectors, better, descending, sign);
  }

  int rows() {
    return rows;
  }

  boolean isNumeric() {
    return values != null;
  }

  /** Returns the rows of selector {@code index}, in canonical order; shared, never change them. */
  long[] selector(int index) {
    return selectors[index];
  }

  int selectorCount() {
    return selectors.length;
  }

  /** Returns every row of the sample; shared, never change them. */
  long[] all() {
    return all;
  }

  /** Returns the positive rows, or for a numeric target those better than the mean; shared. */
  long[] positives() {
    return positives;
  }

  /** Returns the values in descending order (numeric targets only); shared, never change them. */
  double[] values() {
    return values;
  }

  /** Returns 1, or −1 when values were negated because lower is better. */
  double sign() {
    return sign;
  }

  /** Returns new words holding the rows that meet every selector of {@code path}. */
  long[] rowsOf(int[] path) {
    long[] rows = all.clone();
    for (int index : path) {
      Words.and(rows, selectors[index], rows);
    }
    return rows;
  }

  /** Returns the moments of the oriented values of {@code rows}; 0 or 1 for a binary target. */
  Moments moments(long[] rows) {
    if (values == null) {
      long count = Words.cardinality(rows);
      long hits = Words.andCardinality(rows, positives);
      return new Moments(count, hits, hits);
    }
    long count = 0;
    double sum = 0;
    double sumOfSquares = 0;
    for (int w = 0; w < rows.length; w++) {
      for (long word = rows[w]; word != 0; word &= word - 1) {
        double value = values[(w << 6) + Long.numberOfTrailingZeros(word)];
        count++;
        sum += value;
        sumOfSquares += value * value;
      }
    }
    return new Moments(count, sum, sumOfSquares);
  }

  /** Returns the oriented values of {@code rows} in descending order (numeric targets only). */
  double[] valuesOf(long[] rows) {
    double[] result = new double[Words.cardinality(rows)];
    int next = 0;
    for (int row = Words.nextSetBit(rows, 0); row >= 0; row = Words.nextSetBit(rows, row + 1)) {
      result[next++] = values[row];
    }
    return result;
  }

  /**
   * Returns this sample restricted to {@code rows}, renumbered in their order, so a numeric sample
   * stays sorted. Only the selectors from {@code from} on that {@code needed} accepts are carried
   * over; the others are null and must not be used. Positives keep their meaning (for a numeric
   * target: better than this sample's mean). Costs one step per row of each carried selector.
   */
  Sample restrict(long[] rows, int from, IntPredicate needed) {
    int size = Words.cardinality(rows);
    int[] ranks = new int[rows.length];
    for (int w = 1; w < rows.length; w++) {
      ranks[w] = ranks[w - 1] + Long.bitCount(rows[w - 1]);
    }
    long[][] carried = new long[selectors.length][];
    for (int k = from; k < selectors.length; k++) {
      if (needed.test(k)) {
        carried[k] = project(rows, ranks, selectors[k], size);
      }
    }
    double[] kept = values == null ? null : new double[size];
    if (kept != null) {
      int next = 0;
      for (int row = Words.nextSetBit(rows, 0); row >= 0; row = Words.nextSetBit(rows, row + 1)) {
        kept[next++] = values[row];
      }
    }
    return new Sample(size, carried, project(rows, ranks, positives, size), kept, sign);
  }

  /** Returns {@code set} ∩ {@code rows} renumbered by rank within rows. */
  private static long[] project(long[] rows, int[] ranks, long[] set, int size) {
    long[] result = new long[Words.count(size)];
    for (int w = 0; w < rows.length; w++) {
      long mask = rows[w];
      for (long both = mask & set[w]; both != 0; both &= both - 1) {
        long below = Long.lowestOneBit(both) - 1;
        Words.set(result, ranks[w] + Long.bitCount(mask & below));
      }
    }
    return result;
  }
}
