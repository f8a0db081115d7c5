package org.icpengine.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.icpengine.data.engine.Engine;

/**
 * Hands out the analytics engine for heavy work (profiling uploads, derives, CSV batch scoring) a
 * few at a time: each engine may use a third of the machine's memory, so running many at once would
 * swap rather than finish sooner.
 */
public final class Engines {
  /** Heavy work done with an engine. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Engine engine) throws Exception;
  }

  private final Semaphore slots;
  private final String memoryLimit;

  /** Allows {@code slots} engines at once, each with the memory limit (e.g. "2GB"). */
  public Engines(int slots, String memoryLimit) {
    this.slots = new Semaphore(slots, true);
    this.memoryLimit = memoryLimit;
  }

  /** Returns the default: two engines of a sixth of the memory each. */
  public static Engines defaults() {
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    long physical = physicalMib().orElse(mib * 2);
    return new Engines(2, Math.max(512, physical / 6) + "MB");
  }

  private static java.util.OptionalLong physicalMib() {
    java.lang.management.OperatingSystemMXBean os =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean) {
      return java.util.OptionalLong.of(
          ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024 * 1024));
    }
    return java.util.OptionalLong.empty();
  }

  /**
   * Runs the work with an engine of its own, waiting up to ten minutes for a free slot.
   *
   * @throws ServerException 503 when no slot frees in time
   */
  public <T> T run(Work<T> work) throws Exception {
    if (!slots.tryAcquire(10, TimeUnit.MINUTES)) {
      throw new ServerException(
          ServerException.Kind.UNAVAILABLE, "the server is busy with other work: try again later");
    }
    try (Engine engine = Engine.open(memoryLimit)) {
      return work.run(engine);
    } finally {
      slots.release();
    }
  }
}
