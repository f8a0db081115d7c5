package org.icpengine.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cross-checks the throughput ceiling with wrk (Debian's {@code wrk} package), when it is on the
 * PATH: a closed loop of its own, in C, posting the same bodies with a Lua script. wrk's latencies
 * are closed-loop ones (it waits for each answer before the next request), so only its requests per
 * second are compared.
 */
final class WrkCheck {
  private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
  private static final Pattern P99 = Pattern.compile("\\s99%\\s+([\\d.]+)(us|ms|s)");
  private static final Pattern ERRORS =
      Pattern.compile("Non-2xx or 3xx responses: (\\d+)|Socket errors: (.*)");

  /**
   * One wrk run.
   *
   * @param connections its -c
   * @param rate its requests per second
   * @param p99Millis its closed-loop 99th percentile
   * @param errors its error lines, or empty
   */
  record Run(int connections, double rate, double p99Millis, String errors) {}

  private WrkCheck() {}

  /** Returns wrk's path when it is installed. */
  static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(File.pathSeparator)) {
      Path wrk = Path.of(folder, "wrk");
      if (Files.isExecutable(wrk)) {
        return Optional.of(wrk);
      }
    }
    return Optional.empty();
  }

  /** Runs wrk with two threads (one per core) and the given connections for the seconds. */
  static Run run(Path wrk, Path script, String url, int connections, int seconds, PrintStream out) {
    List<String> command =
        List.of(
            wrk.toString(),
            "-t2",
            "-c" + connections,
            "-d" + seconds + "s",
            "--latency",
            "-s",
            script.toString(),
            url);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      Matcher rate = RATE.matcher(text);
      if (exit != 0 || !rate.find()) {
        out.printf("  wrk failed (exit %d):%n%s%n", exit, text.strip());
        return new Run(connections, Double.NaN, Double.NaN, "wrk failed");
      }
      Matcher p99 = P99.matcher(text);
      double millis = Double.NaN;
      if (p99.find()) {
        double value = Double.parseDouble(p99.group(1));
        millis =
            switch (p99.group(2)) {
              case "us" -> value / 1000;
              case "s" -> value * 1000;
              default -> value;
            };
      }
      StringBuilder errors = new StringBuilder();
      Matcher error = ERRORS.matcher(text);
      while (error.find()) {
        errors.append(errors.length() == 0 ? "" : "; ").append(error.group().strip());
      }
      return new Run(connections, Double.parseDouble(rate.group(1)), millis, errors.toString());
    } catch (IOException e) {
      out.printf("  wrk could not run: %s%n", e.getMessage());
      return new Run(connections, Double.NaN, Double.NaN, "wrk could not run");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
