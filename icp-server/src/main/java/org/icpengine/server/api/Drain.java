package org.icpengine.server.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Graceful shutdown: once stopping, new requests are turned away with 503 while those already
 * running are waited for, up to a limit.
 */
final class Drain {
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicBoolean stopping = new AtomicBoolean();

  /** Counts a request in; returns false when the server is stopping and it must be refused. */
  boolean enter() {
    running.incrementAndGet();
    if (stopping.get()) {
      running.decrementAndGet();
      return false;
    }
    return true;
  }

  /** Counts a request out. */
  void leave() {
    running.decrementAndGet();
  }

  /** Returns whether the server is stopping. */
  boolean stopping() {
    return stopping.get();
  }

  /** Stops taking requests and waits for the running ones; returns how many were left. */
  int await(Duration limit) {
    stopping.set(true);
    long deadline = System.nanoTime() + limit.toNanos();
    while (running.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return running.get();
  }
}
