package org.icpengine.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * The server under soak: {@code java -jar icp.jar serve} in a JVM of its own on a fixed loopback
 * port and data folder, started, killed with SIGKILL ({@link Process#destroyForcibly()} on Linux)
 * and started again on the same port and folder. Its output is appended to one log file across all
 * its lives.
 */
final class SoakServer implements AutoCloseable {
  private static final long START_TIMEOUT_NANOS = 120_000_000_000L;

  private final Path jar;
  private final Path data;
  private final Path log;
  private final List<String> jvmOptions;
  private final int port;
  private Process process;

  SoakServer(Path jar, Path data, Path log, List<String> jvmOptions) throws IOException {
    this.jar = jar;
    this.data = data;
    this.log = log;
    this.jvmOptions = List.copyOf(jvmOptions);
    try (ServerSocket socket = new ServerSocket(0)) {
      this.port = socket.getLocalPort();
    }
  }

  /** Returns the loopback port the server listens on in every life. */
  int port() {
    return port;
  }

  /** Returns the running server's process id, or empty. */
  OptionalLong pid() {
    return process != null && process.isAlive()
        ? OptionalLong.of(process.pid())
        : OptionalLong.empty();
  }

  /**
   * Starts a life of the server and waits until its log says it listens.
   *
   * @return the seconds from the start of the JVM to the "listening" line
   */
  double start() throws IOException {
    long offset = Files.exists(log) ? Files.size(log) : 0;
    List<String> command = new ArrayList<>(List.of("java"));
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "serve",
            "--port",
            String.valueOf(port),
            "--data",
            data.toString()));
    long started = System.nanoTime();
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    while (System.nanoTime() - started < START_TIMEOUT_NANOS) {
      if (listening(offset)) {
        return Seconds.between(started, System.nanoTime());
      }
      if (!process.isAlive()) {
        throw new IOException(
            "the server stopped at start (exit " + process.exitValue() + "), see " + log);
      }
      sleep(100);
    }
    throw new IOException("the server did not start within 120 s, see " + log);
  }

  /** Kills the server with SIGKILL and waits until it is gone. */
  void kill() {
    process.destroyForcibly();
    waitFor();
  }

  /** Stops the server with SIGTERM (its graceful shutdown) and waits until it is gone. */
  void stop() {
    if (process != null && process.isAlive()) {
      process.destroy();
      try {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      waitFor();
    }
  }

  /** Returns the server's resident set size (VmRSS in /proc/PID/status), in bytes, or empty. */
  OptionalLong residentBytes() {
    OptionalLong pid = pid();
    if (pid.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid.getAsLong() + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) * 1024);
        }
      }
    } catch (IOException | RuntimeException e) {
      // no figure
    }
    return OptionalLong.empty();
  }

  /**
   * A reading of the server's memory.
   *
   * @param raw VmRSS as found, in bytes
   * @param afterGc VmRSS after a full collection asked for with {@code jcmd PID GC.run} (which lets
   *     G1 give unused heap back to the system), in bytes
   */
  record Rss(OptionalLong raw, OptionalLong afterGc) {}

  /** Reads the server's RSS, then asks it for a full GC and reads it again. */
  Rss readRss() {
    OptionalLong raw = residentBytes();
    OptionalLong pid = pid();
    if (pid.isEmpty()) {
      return new Rss(raw, OptionalLong.empty());
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process gc =
          new ProcessBuilder(
                  Files.exists(jcmd) ? jcmd.toString() : "jcmd",
                  String.valueOf(pid.getAsLong()),
                  "GC.run")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!gc.waitFor(60, TimeUnit.SECONDS) || gc.exitValue() != 0) {
        gc.destroyForcibly();
        return new Rss(raw, OptionalLong.empty());
      }
    } catch (IOException e) {
      return new Rss(raw, OptionalLong.empty());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Rss(raw, OptionalLong.empty());
    }
    sleep(1_000);
    return new Rss(raw, residentBytes());
  }

  @Override
  public void close() {
    stop();
  }

  private boolean listening(long offset) throws IOException {
    byte[] all = Files.readAllBytes(log);
    String text = new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8);
    return text.contains("listening on http://");
  }

  private void waitFor() {
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
