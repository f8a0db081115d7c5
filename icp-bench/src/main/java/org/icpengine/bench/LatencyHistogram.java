package org.icpengine.bench;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Latencies in microseconds, recorded from many threads without locks: exact up to 127 µs, then in
 * buckets 1/64 of a power of two wide (at most 1.6 % wide), as HdrHistogram does with two
 * significant digits. Percentiles are read at a bucket's upper end, so they never flatter; the
 * maximum is exact.
 */
final class LatencyHistogram {
  private static final int SUB_BUCKETS = 64;

  /** Enough buckets for 2^40 µs, about 12 days. */
  private static final int BUCKETS = SUB_BUCKETS * 40;

  private final AtomicLongArray counts = new AtomicLongArray(BUCKETS);
  private final LongAdder total = new LongAdder();
  private final LongAdder sum = new LongAdder();
  private final LongAccumulator max = new LongAccumulator(Math::max, 0);

  /** Records one latency given in nanoseconds. */
  void recordNanos(long nanos) {
    long micros = Math.max(0, nanos / 1_000);
    counts.incrementAndGet(Math.min(BUCKETS - 1, index(micros)));
    total.increment();
    sum.add(micros);
    max.accumulate(micros);
  }

  /** Returns how many latencies were recorded. */
  long count() {
    return total.sum();
  }

  /** Returns the mean in milliseconds, NaN when empty. */
  double meanMillis() {
    long n = count();
    return n == 0 ? Double.NaN : sum.sum() / 1_000.0 / n;
  }

  /** Returns the largest latency in milliseconds. */
  double maxMillis() {
    return max.get() / 1_000.0;
  }

  /**
   * Returns the latency in milliseconds that {@code quantile} (0 to 1) of the recorded ones do not
   * exceed, read at the upper end of its bucket and capped by the maximum; NaN when empty.
   */
  double percentileMillis(double quantile) {
    long n = count();
    if (n == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(quantile * n));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts.get(i);
      if (seen >= rank) {
        return Math.min(upperMicros(i), max.get()) / 1_000.0;
      }
    }
    return maxMillis();
  }

  /** Returns the share of recorded latencies at or below {@code millis}, NaN when empty. */
  double shareAtMost(double millis) {
    long n = count();
    if (n == 0) {
      return Double.NaN;
    }
    long limit = (long) (millis * 1_000);
    long seen = 0;
    for (int i = 0; i < BUCKETS && upperMicros(i) <= limit; i++) {
      seen += counts.get(i);
    }
    return (double) seen / n;
  }

  static int index(long micros) {
    if (micros < 2 * SUB_BUCKETS) {
      return (int) micros;
    }
    int shift = 63 - Long.numberOfLeadingZeros(micros) - 6;
    return SUB_BUCKETS * shift + (int) (micros >>> shift);
  }

  /** Returns the largest value, in µs, that falls into bucket {@code index}. */
  static long upperMicros(int index) {
    if (index < 2 * SUB_BUCKETS) {
      return index;
    }
    int shift = index / SUB_BUCKETS - 1;
    long lower = (long) (index - SUB_BUCKETS * shift) << shift;
    return lower + (1L << shift) - 1;
  }
}
