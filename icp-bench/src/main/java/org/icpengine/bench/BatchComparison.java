package org.icpengine.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Batch scoring of one CSV file both ways: uploaded to {@code POST /score/batch} (Content-Type
 * text/csv) with the scored CSV streamed back and read to its end, and {@code icp score FILE --icp
 * icp.json --out OUT.csv} in a fresh JVM, as a user runs it. Each run is timed from the start of
 * the upload (or of the process) to the last byte (or the process's exit).
 */
final class BatchComparison {
  private static final Pattern SCORED = Pattern.compile("Scored ([\\d,]+) rows");

  /**
   * One run.
   *
   * @param seconds the whole run
   * @param firstByteSeconds HTTP only: from the start of the upload to the first byte of the answer
   *     (upload, then scoring to a file on the server); NaN for the CLI
   * @param rows the rows scored: the server's X-ICP-Rows, or the count {@code icp score} printed
   * @param bytes HTTP only: the size of the scored CSV received
   * @param usage the server's CPU and GC in the run (HTTP only)
   */
  record Run(
      double seconds, double firstByteSeconds, long rows, long bytes, ServerProbe.Usage usage) {
    double rowsPerSecond() {
      return rows / seconds;
    }
  }

  private final URI batch;
  private final String token;
  private final Path icpJar;
  private final Path icp;
  private final Path scratch;
  private final String cliHeap;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  /**
   * Creates the comparison.
   *
   * @param batch the URL of the workspace's {@code /score/batch}
   * @param icpJar the icp.jar the server runs, for the CLI runs
   * @param icp the icp.json published on the server
   * @param scratch where the CLI writes its output (deleted after each run)
   * @param cliHeap the CLI's -Xmx, or empty for the JVM's default
   */
  BatchComparison(URI batch, String token, Path icpJar, Path icp, Path scratch, String cliHeap) {
    this.batch = batch;
    this.token = token;
    this.icpJar = icpJar;
    this.icp = icp;
    this.scratch = scratch;
    this.cliHeap = cliHeap;
  }

  /** Uploads the file and reads the scored CSV to its end. */
  Run http(Path file, ServerProbe probe) {
    ServerProbe.Snapshot before = probe.snapshot();
    long start = System.nanoTime();
    try {
      HttpRequest request =
          HttpRequest.newBuilder(batch)
              .header("Authorization", "Bearer " + token)
              .header("Content-Type", "text/csv")
              .timeout(Duration.ofHours(1))
              .POST(HttpRequest.BodyPublishers.ofFile(file))
              .build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      double firstByte = Seconds.since(start);
      long bytes = 0;
      try (InputStream body = response.body()) {
        byte[] buffer = new byte[256 * 1024];
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
          bytes += n;
        }
      }
      double seconds = Seconds.since(start);
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "POST /score/batch answered " + response.statusCode() + " for " + file);
      }
      long rows = response.headers().firstValueAsLong("X-ICP-Rows").orElseThrow(() -> noRows(file));
      return new Run(seconds, firstByte, rows, bytes, probe.between(before, probe.snapshot()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static IllegalStateException noRows(Path file) {
    return new IllegalStateException("POST /score/batch gave no X-ICP-Rows for " + file);
  }

  /** Runs {@code icp score} on the file in a fresh JVM, then deletes its output. */
  Run cli(Path file) {
    Path out = scratch.resolve("cli-scored.csv");
    List<String> command = new ArrayList<>(List.of("java"));
    if (!cliHeap.isEmpty()) {
      command.add("-Xmx" + cliHeap);
    }
    command.addAll(
        List.of(
            "-jar",
            icpJar.toString(),
            "score",
            file.toString(),
            "--icp",
            icp.toString(),
            "--out",
            out.toString()));
    long start = System.nanoTime();
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = process.waitFor();
      double seconds = Seconds.since(start);
      Files.deleteIfExists(out);
      Matcher scored = SCORED.matcher(output);
      if (exit != 0 || !scored.find()) {
        throw new IllegalStateException(
            "icp score failed (exit " + exit + "): " + output.strip() + "\n" + command);
      }
      long rows = Long.parseLong(scored.group(1).replace(",", ""));
      return new Run(seconds, Double.NaN, rows, -1, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
