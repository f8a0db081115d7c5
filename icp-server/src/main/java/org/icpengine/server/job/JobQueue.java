package org.icpengine.server.job;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Jobs waiting to run, taken round-robin between workspaces: one workspace's many derives wait
 * their turn behind one job of every other workspace, never all of theirs. Within a workspace jobs
 * run in the order they came. Safe for one taker and many adders.
 */
final class JobQueue {
  /** A job waiting to run, with what running it needs. */
  record Queued(long jobId, long workspaceId, Runnable run) {}

  private final Map<Long, Deque<Queued>> byWorkspace = new HashMap<>();
  private final Deque<Long> turns = new ArrayDeque<>();

  /** Adds a job at the end of its workspace's line. */
  synchronized void add(Queued job) {
    Deque<Queued> line = byWorkspace.computeIfAbsent(job.workspaceId(), w -> new ArrayDeque<>());
    if (line.isEmpty()) {
      turns.addLast(job.workspaceId());
    }
    line.addLast(job);
    notifyAll();
  }

  /**
   * Takes the next job: the first of the workspace whose turn it is, which then goes to the back of
   * the turns. Waits up to the time for one; empty when none came.
   */
  synchronized Optional<Queued> take(long time, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(time);
    while (turns.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    long workspace = turns.removeFirst();
    Deque<Queued> line = byWorkspace.get(workspace);
    Queued next = line.removeFirst();
    if (line.isEmpty()) {
      byWorkspace.remove(workspace);
    } else {
      turns.addLast(workspace);
    }
    return Optional.of(next);
  }

  /** Removes a waiting job; returns whether it was waiting. */
  synchronized boolean remove(long jobId) {
    for (Map.Entry<Long, Deque<Queued>> line : byWorkspace.entrySet()) {
      if (line.getValue().removeIf(q -> q.jobId() == jobId)) {
        if (line.getValue().isEmpty()) {
          byWorkspace.remove(line.getKey());
          turns.remove(line.getKey());
        }
        return true;
      }
    }
    return false;
  }

  /** Returns how many jobs wait. */
  synchronized int size() {
    return byWorkspace.values().stream().mapToInt(Deque::size).sum();
  }
}
