package org.icpengine.server.job;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.icpengine.data.engine.Engine;
import org.icpengine.server.Engines;

/**
 * The handle to stop one queued or running job: a cancel or the time limit sets why it stops and
 * interrupts the engine's query; the job checks at every step and ends with that reason.
 */
final class RunningJob {
  /** Why a job was stopped: the state it ends in, the error it records, the audit action. */
  record Stop(String state, String error, String action) {}

  /** Thrown inside the job at its next step once it was stopped. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped(String message) {
      super(message, null, false, false);
    }
  }

  private final CountDownLatch ended = new CountDownLatch(1);
  private volatile Stop stop;
  private volatile Engine engine;

  /** Returns why it was stopped, if it was. */
  Optional<Stop> stopped() {
    return Optional.ofNullable(stop);
  }

  /** Stops the job (the first reason wins) and interrupts the engine's query. */
  void stop(Stop reason) {
    synchronized (this) {
      if (stop == null) {
        stop = reason;
      }
    }
    Engine running = engine;
    if (running != null) {
      Engines.interrupt(running);
    }
  }

  /** Throws {@link Stopped} once the job was stopped; called at every step. */
  void check() {
    Stop reason = stop;
    if (reason != null) {
      throw new Stopped(reason.error());
    }
  }

  /** Notes the engine the job runs its queries on, or null when it has none. */
  void use(Engine current) {
    engine = current;
    if (current != null && stop != null) {
      Engines.interrupt(current);
    }
  }

  /** Marks the job ended. */
  void end() {
    ended.countDown();
  }

  /** Waits up to the time for the job to end; returns whether it did. */
  boolean awaitEnd(long time, TimeUnit unit) throws InterruptedException {
    return ended.await(time, unit);
  }
}
