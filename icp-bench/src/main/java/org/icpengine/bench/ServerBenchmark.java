package org.icpengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times the ICP server over HTTP, from a separate JVM: single-account scoring ({@code POST /score})
 * in an open loop at a fixed rate, latency counted from each request's due time; the throughput
 * ceiling in closed loops of growing concurrency (cross-checked with wrk when it is installed); and
 * batch scoring of a CSV file ({@code POST /score/batch}) against {@code icp score} on the same
 * file. Targets (issue "Server"): p99 &lt; {@value #MAX_P99_MILLIS} ms at 2,000 requests/s on 2
 * cores; batch rows/s over HTTP ≥ {@value #MIN_BATCH_RATIO} of the CLI's.
 *
 * <p>The server must already run with the icp.json published in the workspace; bench/run-server.sh
 * does all of that. Exit codes: 0 measured, 1 failed, 2 usage.
 */
public final class ServerBenchmark {
  static final double MAX_P99_MILLIS = 5.0;
  static final double MIN_BATCH_RATIO = 0.5;

  /** The route label the server's metrics give single-account scoring. */
  static final String SCORE_ROUTE = "/api/v1/workspaces/{workspace}/score";

  private static final ObjectMapper JSON = new ObjectMapper();

  private ServerBenchmark() {}

  /** Runs the benchmark and exits with its code. */
  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    ServerBenchOptions options;
    try {
      options = ServerBenchOptions.parse(System.getenv("ICP_BENCH_TOKEN"), args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(ServerBenchOptions.USAGE);
      System.exit(2);
      return;
    }
    try {
      run(options, System.out);
      System.exit(0);
    } catch (RuntimeException | IOException e) {
      System.err.println("benchmark failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  /**
   * Everything measured.
   *
   * @param bodies the different single-account bodies sent
   * @param meanBodyBytes their mean size
   * @param open the open loop at the target rate
   * @param ceiling the closed loops
   * @param wrk wrk's closed loops, empty when wrk was not run
   * @param wrkNote why wrk was not run, or empty
   * @param cli the {@code icp score} runs
   * @param http the {@code POST /score/batch} runs
   */
  record Figures(
      int bodies,
      double meanBodyBytes,
      LoadGenerator.Result open,
      List<LoadGenerator.Result> ceiling,
      List<WrkCheck.Run> wrk,
      String wrkNote,
      List<BatchComparison.Run> cli,
      List<BatchComparison.Run> http) {}

  private static void run(ServerBenchOptions o, PrintStream out) throws IOException {
    out.printf("ICP Engine server benchmark: scoring over HTTP%n");
    out.printf(
        "machine  %d cores shared by the server and the load generator, load average %.2f;"
            + " generator JVM %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        load(),
        System.getProperty("java.vm.version"),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    out.printf(
        "server   %s, workspace %s, server pid %s, GC log %s%n",
        o.url(),
        o.workspace(),
        o.serverPid().isPresent() ? String.valueOf(o.serverPid().getAsLong()) : "unknown",
        o.gcLog().map(Path::toString).orElse("none"));
    InetSocketAddress address = new InetSocketAddress(o.url().getHost(), o.url().getPort());
    ServerProbe probe = new ServerProbe(address, SCORE_ROUTE, o.serverPid(), o.gcLog());

    List<byte[]> bodies = AccountBodies.read(o.accounts(), o.icp(), o.accountCount());
    double meanBytes = AccountBodies.meanBytes(bodies);
    out.printf(
        "bodies   %,d accounts from %s, the model's columns and %s; %.0f bytes on average%n",
        bodies.size(), o.accounts().getFileName(), AccountBodies.EXTRA_COLUMN, meanBytes);
    List<byte[]> requests = new ArrayList<>();
    for (byte[] body : bodies) {
      requests.add(
          HttpConnection.request(
              "POST", o.apiPath("/score"), address, o.token(), "application/json", body));
    }
    long checked = System.nanoTime();
    checkOne(address, requests.get(0), out);
    LoadGenerator generator = new LoadGenerator(address, requests);
    LoadGenerator.Progress progress = new LoadGenerator.Progress(out);

    out.printf(
        "%nopen loop: %,.0f requests/s, %d connections; warm-up %.0f s (not counted), then %.0f s"
            + " measured%n",
        o.rate(), o.connections(), o.warmupSeconds(), o.seconds());
    LoadGenerator.Result open =
        generator.openLoop(
            String.format("open loop %,.0f/s", o.rate()),
            o.rate(),
            o.warmupSeconds(),
            o.seconds(),
            o.connections(),
            probe,
            progress);
    ServerFigures.printPhase(open, out);
    out.printf(
        "    (the first request, which filled the server's token and model caches, was %.1f s"
            + " before the measured window's start)%n",
        Seconds.between(checked, open.timeline().startNanos()));

    out.printf(
        "%nclosed loops (throughput ceiling): %s connections, %.0f s warm-up + %.0f s each%n",
        o.ceilingConnections(), o.ceilingWarmupSeconds(), o.ceilingSeconds());
    List<LoadGenerator.Result> ceiling = new ArrayList<>();
    for (int connections : o.ceilingConnections()) {
      LoadGenerator.Result result =
          generator.closedLoop(
              "closed loop " + connections + " conn.",
              connections,
              o.ceilingWarmupSeconds(),
              o.ceilingSeconds(),
              probe,
              progress);
      ServerFigures.printPhase(result, out);
      ceiling.add(result);
    }

    List<WrkCheck.Run> wrkRuns = new ArrayList<>();
    String wrkNote = "";
    Optional<Path> wrk = o.wrk() ? WrkCheck.find() : Optional.empty();
    if (!o.wrk()) {
      wrkNote = "not run (--wrk=false)";
    } else if (wrk.isEmpty()) {
      wrkNote = "not installed (apt-get install wrk), skipped";
    } else {
      Files.createDirectories(o.scratch());
      Path script = AccountBodies.writeWrkScript(o.scratch(), bodies, o.token(), 2_000);
      String url = o.url() + o.apiPath("/score");
      out.printf(
          "%nwrk cross-check (%s, 2 threads, closed loop, same bodies): %s connections, %.0f s"
              + " each%n",
          wrk.get(), o.ceilingConnections(), o.ceilingSeconds());
      for (int connections : o.ceilingConnections()) {
        WrkCheck.Run run =
            WrkCheck.run(wrk.get(), script, url, connections, (int) o.ceilingSeconds(), out);
        out.printf(
            "  wrk %2d connections: %,10.0f requests/s   closed-loop p99 %.2f ms%s%n",
            connections,
            run.rate(),
            run.p99Millis(),
            run.errors().isEmpty() ? "" : "   " + run.errors());
        wrkRuns.add(run);
      }
      Files.deleteIfExists(script);
    }

    List<BatchComparison.Run> cli = new ArrayList<>();
    List<BatchComparison.Run> http = new ArrayList<>();
    if (o.batch().isPresent()) {
      Path file = o.batch().get();
      BatchComparison batch =
          new BatchComparison(
              URI.create(o.url() + o.apiPath("/score/batch")),
              o.token(),
              o.icpJar().orElseThrow(),
              o.icp(),
              o.scratch(),
              o.cliHeap());
      out.printf(
          "%nbatch scoring of %s (%,.1f MB): POST /score/batch (text/csv, scored CSV streamed back"
              + " and read to the end) vs icp score in a fresh JVM%s; %d repeat(s) each%n",
          file.getFileName(),
          Files.size(file) / 1e6,
          o.cliHeap().isEmpty() ? "" : " with -Xmx" + o.cliHeap(),
          o.batchRepeats());
      out.printf(
          "%n%-8s %-22s %-6s %9s %11s %12s %12s %8s%n",
          "repeat", "file", "side", "seconds", "first byte", "rows", "rows/s", "server");
      if (o.batchWarmup().isPresent()) {
        BatchComparison.Run warm = batch.http(o.batchWarmup().get(), probe);
        ServerFigures.printBatch("warm-up", o.batchWarmup().get(), "http", warm, out);
      }
      for (int r = 1; r <= o.batchRepeats(); r++) {
        BatchComparison.Run c = batch.cli(file);
        ServerFigures.printBatch(String.valueOf(r), file, "cli", c, out);
        cli.add(c);
        BatchComparison.Run h = batch.http(file, probe);
        ServerFigures.printBatch(String.valueOf(r), file, "http", h, out);
        http.add(h);
      }
    }

    out.printf("%nload average now %.2f%n", load());
    ServerFigures.print(
        new Figures(bodies.size(), meanBytes, open, ceiling, wrkRuns, wrkNote, cli, http), o, out);
  }

  /** Sends one request and checks that the answer is a score, so a setup error stops early. */
  private static void checkOne(InetSocketAddress address, byte[] request, PrintStream out)
      throws IOException {
    try (HttpConnection connection = new HttpConnection(address)) {
      HttpConnection.Answer answer = connection.exchange(request, true);
      String text = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
      JsonNode json = answer.status() == 200 ? JSON.readTree(text) : null;
      if (json == null || !json.has("score") || !json.has("tier")) {
        throw new IllegalStateException(
            "POST /score answered " + answer.status() + ": " + text + " (is a version published?)");
      }
      out.printf(
          "check    POST /score → %d, score %s, tier %s, version %s%n",
          answer.status(), json.get("score"), json.get("tier").asText(), json.get("version"));
    }
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
