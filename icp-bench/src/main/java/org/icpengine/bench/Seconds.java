package org.icpengine.bench;

/** Wall-clock durations in seconds, from {@link System#nanoTime()} readings. */
final class Seconds {
  private Seconds() {}

  /** Returns the seconds elapsed since {@code startNanos}, a {@link System#nanoTime()} reading. */
  static double since(long startNanos) {
    return between(startNanos, System.nanoTime());
  }

  /** Returns the seconds between two {@link System#nanoTime()} readings. */
  static double between(long startNanos, long endNanos) {
    return (endNanos - startNanos) / 1e9;
  }
}
