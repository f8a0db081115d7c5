package org.icpengine.server;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.icpengine.data.engine.Engine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out the analytics engine for heavy work (profiling uploads, derives, CSV batch scoring) a
 * few at a time: each engine may use a third of the machine's memory, so running many at once would
 * swap rather than finish sooner.
 */
public final class Engines {
  private static final Logger LOG = LoggerFactory.getLogger(Engines.class);

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
   * Deletes the spill folders ({@code icp-engine-*}) that engines of crashed processes left in the
   * temporary folder: those untouched for an hour, so a folder an engine of another process still
   * uses is kept. Returns how many it deleted.
   */
  public static int sweepSpillFolders(Path temporary, Instant now) {
    int deleted = 0;
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(temporary, "icp-engine-*")) {
      for (Path folder : folders) {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
            && lastTouched(folder).isBefore(now.minus(Duration.ofHours(1)))) {
          deleteTree(folder);
          deleted++;
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot sweep old engine folders in {}: {}", temporary, e.toString());
    }
    return deleted;
  }

  private static Instant lastTouched(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .map(
              p -> {
                try {
                  return Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
                } catch (IOException e) {
                  return Instant.MAX;
                }
              })
          .max(Instant::compareTo)
          .orElse(Instant.MAX);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * Stops the query the engine is running, if any: it fails with an interrupted {@code
   * EngineException} and the engine stays usable. Returns whether the interrupt was delivered.
   */
  public static boolean interrupt(Engine engine) {
    engine.interrupt();
    return true;
  }

  /**
   * Runs the work with an engine of its own, waiting up to ten minutes for a free slot.
   *
   * @throws ServerException 503 when no slot frees in time
   */
  public <T> T run(Work<T> work) throws Exception {
    return run(work, Duration.ofMinutes(10));
  }

  /**
   * Runs the work with an engine of its own, waiting at most {@code wait} for a free slot: for work
   * someone is looking at the page for, which should rather say the server is busy than hang.
   *
   * @throws ServerException 503 when no slot frees in time
   */
  public <T> T run(Work<T> work, Duration wait) throws Exception {
    return inSlot(
        () -> {
          try (Engine engine = Engine.open(memoryLimit)) {
            return work.run(engine);
          }
        },
        wait);
  }

  /**
   * Runs work that uses an engine elsewhere (in a child process) in one of the slots, waiting up to
   * ten minutes for a free one.
   *
   * @throws ServerException 503 when no slot frees in time
   */
  public <T> T inSlot(Callable<T> work) throws Exception {
    return inSlot(work, Duration.ofMinutes(10));
  }

  private <T> T inSlot(Callable<T> work, Duration wait) throws Exception {
    if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new ServerException(
          ServerException.Kind.UNAVAILABLE, "the server is busy with other work: try again later");
    }
    try {
      return work.call();
    } finally {
      slots.release();
    }
  }

  /** Returns the memory limit each engine gets, e.g. "2GB". */
  public String memoryLimit() {
    return memoryLimit;
  }
}
