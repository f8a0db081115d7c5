package org.icpengine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Per second of a measured window, by due time: how many requests were answered, how many took
 * longer than a threshold, and the longest. It shows whether slow answers are spread out or come in
 * bursts, and when, to line them up with the server's GC log and its caches' expiry.
 */
final class Timeline {
  private final long startNanos;
  private final long thresholdNanos;
  private final AtomicLongArray answered;
  private final AtomicLongArray slow;
  private final AtomicLongArray longest;

  /** A second with slow answers: its offset from the window's start, counts and longest ms. */
  record Second(int second, long answered, long slow, double maxMillis) {}

  Timeline(long startNanos, double seconds, double thresholdMillis) {
    this.startNanos = startNanos;
    this.thresholdNanos = (long) (thresholdMillis * 1e6);
    int n = (int) Math.ceil(seconds) + 1;
    answered = new AtomicLongArray(n);
    slow = new AtomicLongArray(n);
    longest = new AtomicLongArray(n);
  }

  /** Returns the window's start, a {@link System#nanoTime()} reading. */
  long startNanos() {
    return startNanos;
  }

  /** Records an answer to the request due at {@code dueNanos}, taking {@code nanos}. */
  void record(long dueNanos, long nanos) {
    int second = (int) Math.min(answered.length() - 1, Math.max(0, (dueNanos - startNanos) / 1e9));
    answered.incrementAndGet(second);
    if (nanos > thresholdNanos) {
      slow.incrementAndGet(second);
    }
    longest.accumulateAndGet(second, nanos, Math::max);
  }

  /** Returns the seconds with at least one answer over the threshold, in order. */
  List<Second> slowSeconds() {
    List<Second> seconds = new ArrayList<>();
    for (int s = 0; s < answered.length(); s++) {
      if (slow.get(s) > 0) {
        seconds.add(new Second(s, answered.get(s), slow.get(s), longest.get(s) / 1e6));
      }
    }
    return seconds;
  }
}
