package org.icpengine.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the server benchmark measures, from its command line. The API token comes from the
 * environment ({@code ICP_BENCH_TOKEN}), never the command line, where {@code ps} would show it.
 *
 * @param url the server's base URL, e.g. http://127.0.0.1:7070
 * @param workspace the workspace whose published version scores
 * @param token its API token
 * @param icp the icp.json published there: its model's columns make the request bodies
 * @param accounts the CSV whose first rows become the single-account bodies
 * @param accountCount how many different bodies
 * @param rate the open-loop rate, requests per second
 * @param warmupSeconds the open loop's warm-up at that rate, not counted
 * @param seconds the open loop's measured time
 * @param connections the open loop's connections (one worker thread each)
 * @param ceilingConnections the closed-loop levels
 * @param ceilingWarmupSeconds each level's warm-up, not counted
 * @param ceilingSeconds each level's measured time
 * @param wrk whether to cross-check the ceiling with wrk when it is installed
 * @param batch the file scored both over HTTP and with {@code icp score}, if any
 * @param batchWarmup a smaller file scored once over HTTP first, if any
 * @param batchRepeats runs of each side; the figures are their medians
 * @param icpJar the icp.jar for {@code icp score}
 * @param cliHeap the CLI's -Xmx, or empty for the JVM's default
 * @param serverPid the server's process id, for its CPU time
 * @param gcLog the server's {@code -Xlog:gc} file, for its pauses
 * @param scratch a folder for the wrk script and the CLI's output
 */
record ServerBenchOptions(
    URI url,
    String workspace,
    String token,
    Path icp,
    Path accounts,
    int accountCount,
    double rate,
    double warmupSeconds,
    double seconds,
    int connections,
    List<Integer> ceilingConnections,
    double ceilingWarmupSeconds,
    double ceilingSeconds,
    boolean wrk,
    Optional<Path> batch,
    Optional<Path> batchWarmup,
    int batchRepeats,
    Optional<Path> icpJar,
    String cliHeap,
    OptionalLong serverPid,
    Optional<Path> gcLog,
    Path scratch) {
  static final String USAGE =
      "usage: ICP_BENCH_TOKEN=… java -cp icp-bench.jar org.icpengine.bench.ServerBenchmark"
          + " --url=http://127.0.0.1:PORT --icp=icp.json --accounts=FILE.csv [--workspace=bench]"
          + " [--account-count=10000] [--rate=2000] [--warmup=10] [--duration=30]"
          + " [--connections=64] [--ceiling=16,32,64] [--ceiling-warmup=3]"
          + " [--ceiling-duration=20] [--wrk=true] [--batch=FILE.csv [--batch-warmup=FILE.csv]"
          + " [--batch-repeats=1] --icp-jar=icp.jar [--cli-heap=SIZE]] [--server-pid=PID]"
          + " [--gc-log=FILE] [--scratch=DIR]";

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException with the offending argument when the line is not usable
   */
  static ServerBenchOptions parse(String token, String... args) {
    URI url = null;
    String workspace = "bench";
    Path icp = null;
    Path accounts = null;
    int accountCount = 10_000;
    double rate = 2_000;
    double warmup = 10;
    double seconds = 30;
    int connections = 64;
    List<Integer> ceiling = List.of(16, 32, 64);
    double ceilingWarmup = 3;
    double ceilingSeconds = 20;
    boolean wrk = true;
    Path batch = null;
    Path batchWarmup = null;
    int batchRepeats = 1;
    Path icpJar = null;
    String cliHeap = "";
    Long serverPid = null;
    Path gcLog = null;
    Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
    for (String arg : args) {
      String value = arg.substring(arg.indexOf('=') + 1);
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      switch (name) {
        case "--url" -> url = URI.create(value.replaceAll("/+$", ""));
        case "--workspace" -> workspace = value;
        case "--icp" -> icp = existing(value);
        case "--accounts" -> accounts = existing(value);
        case "--account-count" -> accountCount = Integer.parseInt(value);
        case "--rate" -> rate = Double.parseDouble(value);
        case "--warmup" -> warmup = Double.parseDouble(value);
        case "--duration" -> seconds = Double.parseDouble(value);
        case "--connections" -> connections = Integer.parseInt(value);
        case "--ceiling" -> ceiling = levels(value);
        case "--ceiling-warmup" -> ceilingWarmup = Double.parseDouble(value);
        case "--ceiling-duration" -> ceilingSeconds = Double.parseDouble(value);
        case "--wrk" -> wrk = Boolean.parseBoolean(value);
        case "--batch" -> batch = value.isEmpty() ? null : existing(value);
        case "--batch-warmup" -> batchWarmup = value.isEmpty() ? null : existing(value);
        case "--batch-repeats" -> batchRepeats = Integer.parseInt(value);
        case "--icp-jar" -> icpJar = existing(value);
        case "--cli-heap" -> cliHeap = value;
        case "--server-pid" -> serverPid = Long.parseLong(value);
        case "--gc-log" -> gcLog = Path.of(value);
        case "--scratch" -> scratch = Path.of(value);
        default -> throw new IllegalArgumentException("unexpected argument '" + arg + "'");
      }
    }
    if (url == null || icp == null || accounts == null) {
      throw new IllegalArgumentException("--url, --icp and --accounts are required");
    }
    if (token == null || token.isBlank()) {
      throw new IllegalArgumentException("set ICP_BENCH_TOKEN to an API token of the workspace");
    }
    if (batch != null && icpJar == null) {
      throw new IllegalArgumentException("--batch needs --icp-jar for the icp score runs");
    }
    if (rate <= 0 || seconds <= 0 || connections < 1 || accountCount < 1 || batchRepeats < 1) {
      throw new IllegalArgumentException("rates, durations, counts and repeats must be positive");
    }
    return new ServerBenchOptions(
        url,
        workspace,
        token.strip(),
        icp,
        accounts,
        accountCount,
        rate,
        warmup,
        seconds,
        connections,
        ceiling,
        ceilingWarmup,
        ceilingSeconds,
        wrk,
        Optional.ofNullable(batch),
        Optional.ofNullable(batchWarmup),
        batchRepeats,
        Optional.ofNullable(icpJar),
        cliHeap,
        serverPid == null ? OptionalLong.empty() : OptionalLong.of(serverPid),
        Optional.ofNullable(gcLog),
        scratch);
  }

  private static List<Integer> levels(String value) {
    List<Integer> levels = new ArrayList<>();
    for (String level : value.split(",")) {
      if (!level.isBlank()) {
        levels.add(Integer.parseInt(level.strip()));
      }
    }
    return List.copyOf(levels);
  }

  private static Path existing(String value) {
    Path file = Path.of(value);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + " is not a file");
    }
    return file;
  }

  /** Returns the path of a workspace API route, e.g. {@code /score}. */
  String apiPath(String route) {
    return "/api/v1/workspaces/" + workspace + route;
  }
}
