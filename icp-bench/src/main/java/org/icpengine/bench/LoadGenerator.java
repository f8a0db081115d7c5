package org.icpengine.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends prepared requests over kept-alive HTTP/1.1 connections, one blocking worker thread each, in
 * one of two ways:
 *
 * <ul>
 *   <li>open loop, at a fixed rate: request k is due at start + k / rate whatever happened before;
 *       a free worker takes the next due request, waits for its time and sends it. Latency is
 *       counted from the time the request was due, not from when it was sent, so a stalled server
 *       is charged for every request it held up (no coordinated omission, as in wrk2). The service
 *       time, from the actual send, is kept apart to show how much was queueing in the client;
 *   <li>closed loop, with a fixed number of connections each sending its next request as soon as
 *       the last one is answered: the throughput ceiling.
 * </ul>
 *
 * Only answers with status 200 count as successes; other statuses and failed connections are
 * errors, and their latency is not recorded.
 */
final class LoadGenerator {
  private final InetSocketAddress address;
  private final List<byte[]> requests;

  /**
   * One measured phase.
   *
   * @param name what was run
   * @param ok answers with status 200 in the measured window
   * @param errors other answers and failures in the measured window
   * @param firstError the first error's description, or empty
   * @param seconds the measured window, from its first due (or sent) request to its last answer
   * @param latency latency of the successes: from the due time (open loop) or the send (closed)
   * @param service from the actual send to the answer (equal to latency in a closed loop)
   * @param lateSends open loop: requests sent more than 1 ms after they were due, because every
   *     worker was busy or the generator was starved of CPU
   * @param usage the server's and the generator's CPU, GC and server-side latency in the window
   * @param timeline open loop: the seconds of the window with answers over the target; else null
   */
  record Result(
      String name,
      long ok,
      long errors,
      String firstError,
      double seconds,
      LatencyHistogram latency,
      LatencyHistogram service,
      long lateSends,
      ServerProbe.Usage usage,
      Timeline timeline) {

    /** Returns the successes per second of the measured window. */
    double rate() {
      return ok / seconds;
    }
  }

  LoadGenerator(InetSocketAddress address, List<byte[]> requests) {
    this.address = address;
    this.requests = List.copyOf(requests);
  }

  /**
   * Runs an open-loop phase: {@code warmupSeconds} at the rate, not counted, then {@code seconds}
   * counted, with {@code connections} workers.
   */
  Result openLoop(
      String name,
      double rate,
      double warmupSeconds,
      double seconds,
      int connections,
      ServerProbe probe,
      Progress progress) {
    long warmupSlots = Math.round(rate * warmupSeconds);
    long totalSlots = warmupSlots + Math.round(rate * seconds);
    double nanosPerSlot = 1e9 / rate;
    AtomicLong next = new AtomicLong();
    Counters counters = new Counters();
    LatencyHistogram latency = new LatencyHistogram();
    LatencyHistogram service = new LatencyHistogram();
    long start = System.nanoTime() + 50_000_000L;
    long measuredStart = start + (long) (warmupSlots * nanosPerSlot);
    Timeline timeline = new Timeline(measuredStart, seconds, ServerBenchmark.MAX_P99_MILLIS);
    ServerProbe.Snapshot[] before = new ServerProbe.Snapshot[1];
    Thread snapshotter = snapshotAt(probe, measuredStart, before);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      workers.add(
          start(
              "open-loop-" + w,
              () -> {
                try (HttpConnection connection = new HttpConnection(address)) {
                  for (long k = next.getAndIncrement();
                      k < totalSlots;
                      k = next.getAndIncrement()) {
                    long due = start + (long) (k * nanosPerSlot);
                    for (long wait = due - System.nanoTime();
                        wait > 0;
                        wait = due - System.nanoTime()) {
                      LockSupport.parkNanos(wait);
                    }
                    long sent = System.nanoTime();
                    boolean measured = k >= warmupSlots;
                    if (measured && sent - due > 1_000_000L) {
                      counters.late.increment();
                    }
                    boolean ok = send(connection, requests.get((int) (k % requests.size())));
                    long end = System.nanoTime();
                    counters.all.increment();
                    if (measured) {
                      counters.count(ok, end, connection);
                      if (ok) {
                        latency.recordNanos(end - due);
                        service.recordNanos(end - sent);
                        timeline.record(due, end - due);
                      }
                    }
                  }
                }
              }));
    }
    progress.waitFor(workers, name, start, warmupSeconds, counters, latency);
    join(List.of(snapshotter));
    ServerProbe.Snapshot after = probe.snapshot();
    double window = Seconds.between(measuredStart, counters.lastEnd.get());
    return new Result(
        name,
        counters.ok.sum(),
        counters.errors.sum(),
        counters.firstError(),
        window,
        latency,
        service,
        counters.late.sum(),
        probe.between(before[0], after),
        timeline);
  }

  /**
   * Runs a closed-loop phase: {@code connections} workers send back to back for {@code
   * warmupSeconds}, not counted, then for {@code seconds}, counted.
   */
  Result closedLoop(
      String name,
      int connections,
      double warmupSeconds,
      double seconds,
      ServerProbe probe,
      Progress progress) {
    Counters counters = new Counters();
    LatencyHistogram latency = new LatencyHistogram();
    long start = System.nanoTime() + 50_000_000L;
    long measuredStart = start + (long) (warmupSeconds * 1e9);
    long end = measuredStart + (long) (seconds * 1e9);
    AtomicLong next = new AtomicLong();
    ServerProbe.Snapshot[] before = new ServerProbe.Snapshot[1];
    Thread snapshotter = snapshotAt(probe, measuredStart, before);
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      workers.add(
          start(
              "closed-loop-" + w,
              () -> {
                LockSupport.parkNanos(start - System.nanoTime());
                try (HttpConnection connection = new HttpConnection(address)) {
                  for (long sent = System.nanoTime(); sent < end; sent = System.nanoTime()) {
                    long k = next.getAndIncrement();
                    boolean ok = send(connection, requests.get((int) (k % requests.size())));
                    long answered = System.nanoTime();
                    counters.all.increment();
                    if (sent >= measuredStart && answered <= end) {
                      counters.count(ok, answered, connection);
                      if (ok) {
                        latency.recordNanos(answered - sent);
                      }
                    }
                  }
                }
              }));
    }
    progress.waitFor(workers, name, start, warmupSeconds, counters, latency);
    join(List.of(snapshotter));
    ServerProbe.Snapshot after = probe.snapshot();
    return new Result(
        name,
        counters.ok.sum(),
        counters.errors.sum(),
        counters.firstError(),
        seconds,
        latency,
        latency,
        0,
        probe.between(before[0], after),
        null);
  }

  /** Returns true for status 200; records anything else as the connection's last error. */
  private static boolean send(HttpConnection connection, byte[] request) {
    try {
      HttpConnection.Answer answer = connection.exchange(request, false);
      if (answer.status() != 200) {
        connection.lastError = "HTTP " + answer.status();
        return false;
      }
      return true;
    } catch (IOException | RuntimeException e) {
      connection.lastError = e.toString();
      return false;
    }
  }

  private static Thread start(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void join(List<Thread> threads) {
    for (Thread thread : threads) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** The counts of one phase, shared by its workers. */
  private static final class Counters {
    final LongAdder ok = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder late = new LongAdder();
    final LongAdder all = new LongAdder();
    final LongAccumulator lastEnd = new LongAccumulator(Math::max, Long.MIN_VALUE);
    private volatile String firstError = "";

    void count(boolean success, long end, HttpConnection connection) {
      lastEnd.accumulate(end);
      if (success) {
        ok.increment();
      } else {
        errors.increment();
        if (firstError.isEmpty()) {
          firstError = connection.lastError;
        }
      }
    }

    String firstError() {
      return firstError;
    }
  }

  /** Prints a line a second while a phase runs, then waits for its workers. */
  static final class Progress {
    private final java.io.PrintStream out;

    Progress(java.io.PrintStream out) {
      this.out = out;
    }

    void waitFor(
        List<Thread> workers,
        String name,
        long start,
        double warmupSeconds,
        Counters counters,
        LatencyHistogram latency) {
      long measuredStart = start + (long) (warmupSeconds * 1e9);
      long lastAnswered = 0;
      long lastTick = System.nanoTime();
      int tick = 0;
      while (workers.stream().anyMatch(Thread::isAlive)) {
        LockSupport.parkNanos(1_000_000_000L);
        long now = System.nanoTime();
        long answeredNow = counters.all.sum();
        if (++tick % 5 == 0 || now < measuredStart) {
          out.printf(
              "  %-28s %5.0f s %s %,9.0f answers/s  errors %,d  p99 so far %s%n",
              name,
              Seconds.between(start, now),
              now < measuredStart ? "warm-up " : "measured",
              (answeredNow - lastAnswered) / Seconds.between(lastTick, now),
              counters.errors.sum(),
              latency.count() == 0
                  ? "-"
                  : String.format("%.2f ms", latency.percentileMillis(0.99)));
        }
        lastAnswered = answeredNow;
        lastTick = now;
      }
      join(workers);
    }
  }

  /** Starts a thread that takes the server's snapshot when the measured window opens. */
  private static Thread snapshotAt(
      ServerProbe probe, long measuredStart, ServerProbe.Snapshot[] before) {
    return start(
        "snapshot",
        () -> {
          LockSupport.parkNanos(measuredStart - System.nanoTime());
          before[0] = probe.snapshot();
        });
  }
}
