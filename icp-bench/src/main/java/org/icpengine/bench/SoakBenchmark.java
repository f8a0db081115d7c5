package org.icpengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.icpengine.sample.SampleCompany;

/**
 * A bounded soak of the ICP server on loopback (issue 11): uploads, derives and single-account
 * scores mixed for a fixed time while the server is killed with SIGKILL a few times, spread evenly,
 * and started again on the same data folder and port. Afterwards, with the server stopped and
 * started cleanly once more, it checks that nothing acknowledged was lost (every dataset answered
 * 201 and every version of a succeeded derive is still listed), that no partial file remains
 * (uploads/ and work/ are empty, datasets/ holds one file per listed dataset), and that the
 * server's resident memory after an idle period is within 25 % ({@link #RSS_MARGIN}) of the
 * baseline taken after warm-up in the same (last) server life, both read after a full GC asked for
 * with jcmd so that like is compared with like (the RSS as found is printed too).
 *
 * <p>The workspace and its admin token must exist (made with {@code icp workspaces add} and {@code
 * icp tokens create} before the server starts; bench/run-soak.sh does it); the token comes in
 * ICP_BENCH_TOKEN. Exit codes: 0 every check passed, 1 a check failed or the run broke, 2 usage.
 */
public final class SoakBenchmark {
  static final double RSS_MARGIN = 0.25;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SoakBenchmark() {}

  /** The run's settings, from {@code --name=value} arguments. */
  record Options(
      Path jar,
      Path data,
      Path log,
      Path icp,
      Path scratch,
      String workspace,
      double seconds,
      int kills,
      double scoreRate,
      int uploadRows,
      double idleSeconds,
      List<String> serverOptions) {

    static final String USAGE =
        "usage: SoakBenchmark --jar=icp.jar --data=DIR --log=FILE --icp=icp.json --scratch=DIR"
            + " [--workspace=bench] [--duration=600] [--kills=2] [--score-rate=40]"
            + " [--upload-rows=2000] [--idle=30] [--server-opts='-Xmx1g ...']";

    static Options parse(String... args) {
      Map<String, String> a = new HashMap<>();
      for (String arg : args) {
        int eq = arg.indexOf('=');
        if (!arg.startsWith("--") || eq < 0) {
          throw new IllegalArgumentException("not --name=value: " + arg);
        }
        a.put(arg.substring(2, eq), arg.substring(eq + 1));
      }
      for (String needed : List.of("jar", "data", "log", "icp", "scratch")) {
        if (!a.containsKey(needed)) {
          throw new IllegalArgumentException("missing --" + needed);
        }
      }
      String opts = a.getOrDefault("server-opts", "").strip();
      return new Options(
          Path.of(a.get("jar")),
          Path.of(a.get("data")),
          Path.of(a.get("log")),
          Path.of(a.get("icp")),
          Path.of(a.get("scratch")),
          a.getOrDefault("workspace", "bench"),
          Double.parseDouble(a.getOrDefault("duration", "600")),
          Integer.parseInt(a.getOrDefault("kills", "2")),
          Double.parseDouble(a.getOrDefault("score-rate", "40")),
          Integer.parseInt(a.getOrDefault("upload-rows", "2000")),
          Double.parseDouble(a.getOrDefault("idle", "30")),
          opts.isEmpty() ? List.of() : List.of(opts.split("\\s+")));
    }
  }

  /** One line of the figures table. */
  record Line(String figure, String value, String verdict) {}

  /** Runs the soak and exits with its code. */
  public static void main(String[] args) {
    Locale.setDefault(Locale.ROOT);
    Options options;
    String token = System.getenv("ICP_BENCH_TOKEN");
    try {
      options = Options.parse(args);
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("set ICP_BENCH_TOKEN to the workspace's admin token");
      }
      if (options.scoreRate() <= 0 || options.scoreRate() > 50 || options.kills() < 0) {
        throw new IllegalArgumentException("--score-rate must be in (0, 50], --kills >= 0");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    try (SoakServer server =
        new SoakServer(options.jar(), options.data(), options.log(), options.serverOptions())) {
      boolean passed = run(options, token, server, System.out);
      server.stop();
      System.exit(passed ? 0 : 1);
    } catch (IOException | RuntimeException e) {
      System.err.println("soak failed: " + e);
      e.printStackTrace();
      System.exit(1);
    }
  }

  private static boolean run(Options o, String token, SoakServer server, PrintStream out)
      throws IOException {
    out.printf(
        "ICP Engine soak: %.0f s of uploads, derives and scores on 127.0.0.1:%d, %d kill -9%n",
        o.seconds(), server.port(), o.kills());
    SoakLoad load = prepare(o, token, server, out);
    long start = System.nanoTime();
    long end = start + (long) (o.seconds() * 1e9);
    List<Thread> clients = load.start(end);
    List<Double> restarts = new ArrayList<>();
    long lifeStart = killAndRestart(o, server, start, restarts, out);
    double warmup = Math.min(20, Seconds.between(lifeStart, end) / 3);
    sleepUntil(lifeStart + (long) (warmup * 1e9));
    SoakServer.Rss baseline = server.readRss();
    out.printf(
        "  %5.0f s  RSS baseline of the last life (after %.0f s of load in it): %s MiB, %s MiB"
            + " after a full GC%n",
        Seconds.between(start, System.nanoTime()),
        warmup,
        mib(baseline.raw()),
        mib(baseline.afterGc()));
    for (Thread client : clients) {
      join(client);
    }
    out.printf(
        "  %5.0f s  load stopped; idle %.0f s%n",
        Seconds.between(start, System.nanoTime()), o.idleSeconds());
    SoakServer.sleep((long) (o.idleSeconds() * 1000));
    SoakServer.Rss idle = server.readRss();
    server.stop();
    double cleanStart = server.start();
    out.printf("stopped gracefully and started again cleanly in %.1f s%n", cleanStart);
    List<Line> lines = figures(load, o.kills(), restarts, cleanStart);
    boolean passed = checks(load, o.data(), baseline, idle, lines);
    print(lines, out);
    return passed;
  }

  /** Writes the upload CSV, starts the server, publishes the ICP; returns the clients. */
  private static SoakLoad prepare(Options o, String token, SoakServer server, PrintStream out)
      throws IOException {
    Path sample =
        SampleCompany.builder()
            .seed(11)
            .customers(o.uploadRows())
            .deals(10)
            .prospects(10)
            .build()
            .write(o.scratch().resolve("sample"))
            .customers();
    byte[] csv = Files.readAllBytes(sample);
    double firstStart = server.start();
    out.printf("server pid %d started in %.1f s%n", server.pid().orElse(-1), firstStart);
    List<byte[]> bodies = AccountBodies.read(sample, o.icp(), 500);
    SoakLoad load = new SoakLoad(server.port(), o.workspace(), token, csv, bodies, o.scoreRate());
    publish(load, o.icp());
    out.printf(
        "upload %,d rows (%,d bytes), every %dth cut off mid-body; scores ≤ %.0f/s%n",
        o.uploadRows(), csv.length, SoakLoad.CUT_EVERY, o.scoreRate());
    return load;
  }

  /**
   * Kills the server with SIGKILL {@code o.kills()} times, spread evenly over the run, and starts
   * it again each time, adding the restart's seconds to {@code restarts}.
   *
   * @return when the last life started
   */
  private static long killAndRestart(
      Options o, SoakServer server, long start, List<Double> restarts, PrintStream out)
      throws IOException {
    long lifeStart = start;
    for (int k = 1; k <= o.kills(); k++) {
      sleepUntil(start + (long) (o.seconds() * 1e9 * k / (o.kills() + 1)));
      long pid = server.pid().orElse(-1);
      server.kill();
      double seconds = server.start();
      lifeStart = System.nanoTime();
      restarts.add(seconds);
      out.printf(
          "  %5.0f s  kill -9 of pid %d; restarted as pid %d in %.1f s%n",
          Seconds.between(start, lifeStart), pid, server.pid().orElse(-1), seconds);
    }
    return lifeStart;
  }

  private static void publish(SoakLoad load, Path icp) throws IOException {
    byte[] json = Files.readAllBytes(icp);
    HttpResponse<String> imported = load.call("setup", "POST", "/versions", json, 201);
    if (imported == null || imported.statusCode() != 201) {
      throw new IOException(
          "could not import the ICP: " + (imported == null ? "" : imported.body()));
    }
    int number = JSON.readTree(imported.body()).get("number").asInt();
    for (String state : List.of("in_review:1", "published:2")) {
      String[] s = state.split(":");
      byte[] body =
          ("{\"state\":\"" + s[0] + "\",\"revision\":" + s[1] + "}")
              .getBytes(StandardCharsets.UTF_8);
      HttpResponse<String> moved =
          load.call("setup", "POST", "/versions/" + number + "/state", body, 200);
      if (moved == null || moved.statusCode() != 200) {
        throw new IOException("could not publish: " + (moved == null ? "" : moved.body()));
      }
    }
  }

  private static List<Line> figures(
      SoakLoad load, int kills, List<Double> restarts, double cleanStart) {
    List<Line> lines = new ArrayList<>();
    load.counts()
        .forEach(
            (kind, c) ->
                lines.add(new Line("requests " + kind + ": ok / failed", c[0] + " / " + c[1], "")));
    lines.add(
        new Line(
            "uploads acknowledged (201 with an id)", str(load.acknowledgedDatasets.size()), ""));
    lines.add(new Line("derives succeeded (versions)", str(load.acknowledgedVersions.size()), ""));
    lines.add(new Line("derives ended failed or cancelled", str(load.derivesFailed.sum()), ""));
    lines.add(new Line("kill -9", str(kills), ""));
    lines.add(
        new Line(
            "restart after kill -9, s (to 'listening')",
            restarts.stream().map(s -> String.format("%.1f", s)).toList().toString(),
            ""));
    lines.add(new Line("clean restart at the end, s", String.format("%.1f", cleanStart), ""));
    return lines;
  }

  private static boolean checks(
      SoakLoad load, Path data, SoakServer.Rss baseline, SoakServer.Rss idle, List<Line> lines)
      throws IOException {
    Set<Long> datasets = new TreeSet<>();
    listed(load, "/datasets", "id").forEach(n -> datasets.add(n.asLong()));
    Set<Integer> versions = new TreeSet<>();
    listed(load, "/versions", "number").forEach(n -> versions.add(n.asInt()));
    Set<Long> lostDatasets = new TreeSet<>(load.acknowledgedDatasets);
    lostDatasets.removeAll(datasets);
    Set<Integer> lostVersions = new TreeSet<>(load.acknowledgedVersions);
    lostVersions.removeAll(versions);
    long partial = files(data.resolve("uploads")) + files(data.resolve("work"));
    long stored = files(data.resolve("datasets"));
    boolean ok = true;
    ok &=
        check(lines, "acknowledged datasets lost", lostDatasets.toString(), lostDatasets.isEmpty());
    ok &= check(lines, "succeeded versions lost", lostVersions.toString(), lostVersions.isEmpty());
    ok &= check(lines, "files in uploads/ and work/ after restart", str(partial), partial == 0);
    ok &=
        check(
            lines,
            "files in datasets/ vs datasets listed",
            stored + " vs " + datasets.size(),
            stored == datasets.size());
    lines.add(
        new Line(
            "RSS as found: baseline vs after idle, MiB",
            mib(baseline.raw()) + " vs " + mib(idle.raw()),
            ""));
    OptionalLong base = baseline.afterGc();
    OptionalLong end = idle.afterGc();
    boolean rss =
        base.isPresent()
            && end.isPresent()
            && end.getAsLong() <= base.getAsLong() * (1 + RSS_MARGIN);
    ok &=
        check(
            lines,
            String.format(
                "RSS after full GC: baseline vs idle, MiB (≤ +%.0f %%)", RSS_MARGIN * 100),
            mib(base) + " vs " + mib(end),
            rss);
    return ok;
  }

  private static List<JsonNode> listed(SoakLoad load, String path, String field)
      throws IOException {
    HttpResponse<String> answer = load.call("final listing", "GET", path, null, 200);
    if (answer == null || answer.statusCode() != 200) {
      throw new IOException("GET " + path + " failed after the clean restart");
    }
    List<JsonNode> values = new ArrayList<>();
    JSON.readTree(answer.body()).forEach(node -> values.add(node.get(field)));
    return values;
  }

  private static long files(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  private static boolean check(List<Line> lines, String figure, String value, boolean passed) {
    lines.add(new Line(figure, value, passed ? "PASS" : "FAIL"));
    return passed;
  }

  private static void print(List<Line> lines, PrintStream out) {
    out.printf("%n%-52s %-22s %s%n", "figure", "value", "check");
    for (Line line : lines) {
      out.printf("%-52s %-22s %s%n", line.figure(), line.value(), line.verdict());
    }
  }

  private static String str(long n) {
    return String.format("%,d", n);
  }

  private static String mib(OptionalLong bytes) {
    return bytes.isPresent() ? String.format("%.0f", bytes.getAsLong() / 1048576.0) : "n/a";
  }

  private static void sleepUntil(long nanos) {
    long wait = nanos - System.nanoTime();
    if (wait > 0) {
      SoakServer.sleep(wait / 1_000_000);
    }
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
