package org.icpengine.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads, at the start and the end of a measured window, what the server says and what the system
 * shows: the server's own request-latency histogram for one route (GET /metrics, {@code
 * icp_http_request_duration_seconds}), the CPU time of the server's process and of this one
 * (/proc), and the server's GC pauses (its {@code -Xlog:gc} file, when given). Every figure is
 * optional: a missing source leaves it NaN.
 */
final class ServerProbe {
  private static final String HISTOGRAM = "icp_http_request_duration_seconds";
  private static final Pattern PAUSE = Pattern.compile("Pause .* (\\d+(?:\\.\\d+)?)ms$");

  /** A reading. */
  record Snapshot(
      long nanos,
      double serverCpu,
      double benchCpu,
      double systemCpu,
      long gcOffset,
      TreeMap<Double, Long> buckets,
      double latencySum) {}

  /**
   * What happened between two readings.
   *
   * @param seconds the wall time between them
   * @param serverCores the server's CPU seconds per second (2.0 is both cores)
   * @param benchCores this process's CPU seconds per second: the load generator
   * @param otherCores the CPU seconds per second of everything else on the machine (other processes
   *     and the kernel's interrupts): the figures are only clean when this is near 0
   * @param gcPauses the server's stop-the-world pauses
   * @param gcPauseMillis their total
   * @param gcMaxPauseMillis the longest
   * @param serverCount requests the server counted on the route
   * @param serverMeanMillis their mean time inside the server, from its histogram's sum
   * @param serverShareUnder5ms the share the server answered in at most 5 ms
   * @param serverP99 the server-side histogram's bucket that holds the 99th percentile, e.g. "≤ 1
   *     ms"
   */
  record Usage(
      double seconds,
      double serverCores,
      double benchCores,
      double otherCores,
      long gcPauses,
      double gcPauseMillis,
      double gcMaxPauseMillis,
      long serverCount,
      double serverMeanMillis,
      double serverShareUnder5ms,
      String serverP99) {}

  private final InetSocketAddress address;
  private final String route;
  private final OptionalLong serverPid;
  private final Optional<Path> gcLog;
  private final double ticksPerSecond;

  /**
   * Creates the probe.
   *
   * @param route the route label of the measured endpoint, e.g. {@code
   *     /api/v1/workspaces/{workspace}/score}
   */
  ServerProbe(
      InetSocketAddress address, String route, OptionalLong serverPid, Optional<Path> gcLog) {
    this.address = address;
    this.route = route;
    this.serverPid = serverPid;
    this.gcLog = gcLog;
    this.ticksPerSecond = clockTicks();
  }

  /** Returns the server's process id, if known. */
  OptionalLong serverPid() {
    return serverPid;
  }

  /** Takes a reading. */
  Snapshot snapshot() {
    TreeMap<Double, Long> buckets = new TreeMap<>();
    double[] sum = {Double.NaN};
    try (HttpConnection connection = new HttpConnection(address)) {
      byte[] get =
          ("GET /metrics HTTP/1.1\r\nHost: "
                  + address.getHostString()
                  + "\r\nAccept: text/plain\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      String text = new String(connection.exchange(get, true).body(), StandardCharsets.UTF_8);
      String label = "{route=\"" + route + "\"";
      for (String line : text.split("\n")) {
        if (line.startsWith(HISTOGRAM + "_bucket" + label)) {
          String le = line.substring(line.indexOf("le=\"") + 4, line.indexOf("\"}"));
          double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
          buckets.put(bound, (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
        } else if (line.startsWith(HISTOGRAM + "_sum" + label)) {
          sum[0] = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the figures from the server stay empty
    }
    return new Snapshot(
        System.nanoTime(),
        serverPid.isPresent() ? cpuSeconds(serverPid.getAsLong()) : Double.NaN,
        cpuSeconds(ProcessHandle.current().pid()),
        systemCpuSeconds(),
        gcOffset(),
        buckets,
        sum[0]);
  }

  /** Returns what happened between the readings. */
  Usage between(Snapshot before, Snapshot after) {
    double seconds = Seconds.between(before.nanos(), after.nanos());
    double[] gc = pauses(before.gcOffset(), after.gcOffset());
    long count = 0;
    double under5 = Double.NaN;
    String p99 = "";
    Long total = after.buckets().get(Double.POSITIVE_INFINITY);
    if (total != null) {
      count = total - before.buckets().getOrDefault(Double.POSITIVE_INFINITY, 0L);
      for (Map.Entry<Double, Long> bucket : after.buckets().entrySet()) {
        long n = bucket.getValue() - before.buckets().getOrDefault(bucket.getKey(), 0L);
        if (bucket.getKey() == 0.005) {
          under5 = count == 0 ? Double.NaN : (double) n / count;
        }
        if (p99.isEmpty() && count > 0 && n >= Math.ceil(0.99 * count)) {
          p99 =
              bucket.getKey().isInfinite()
                  ? "> 30 s"
                  : "≤ " + String.format("%s ms", trim(bucket.getKey() * 1000));
        }
      }
    }
    double server = (after.serverCpu() - before.serverCpu()) / seconds;
    double bench = (after.benchCpu() - before.benchCpu()) / seconds;
    double system = (after.systemCpu() - before.systemCpu()) / seconds;
    return new Usage(
        seconds,
        server,
        bench,
        Math.max(0, system - server - bench),
        (long) gc[0],
        gc[1],
        gc[2],
        count,
        count == 0 ? Double.NaN : (after.latencySum() - before.latencySum()) * 1000 / count,
        under5,
        p99);
  }

  private static String trim(double millis) {
    return millis == Math.rint(millis)
        ? String.valueOf((long) millis)
        : String.valueOf(millis).replaceAll("0+$", "");
  }

  /** Returns the process's user + system CPU seconds from /proc, NaN where unknown. */
  private double cpuSeconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      // the command name in parentheses may hold spaces: count fields after its closing one
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks / ticksPerSecond;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** Returns the CPU seconds all cores spent busy since boot, from /proc/stat; NaN if unknown. */
  private double systemCpuSeconds() {
    try {
      String first = Files.readAllLines(Path.of("/proc/stat")).get(0);
      String[] fields = first.trim().split("\\s+");
      long busy = 0;
      // cpu user nice system idle iowait irq softirq steal: all but idle and iowait
      for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(fields[i]);
      }
      return busy / ticksPerSecond;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  private static double clockTicks() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").start();
      String text = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      getconf.waitFor();
      return Double.parseDouble(text.trim());
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  private long gcOffset() {
    if (gcLog.isEmpty()) {
      return -1;
    }
    try {
      return Files.size(gcLog.get());
    } catch (IOException e) {
      return -1;
    }
  }

  /** Returns the count, total and longest of the GC pauses logged between the offsets. */
  private double[] pauses(long from, long to) {
    if (gcLog.isEmpty() || from < 0 || to < from) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    double[] figures = {0, 0, 0};
    try (RandomAccessFile file = new RandomAccessFile(gcLog.get().toFile(), "r")) {
      byte[] bytes = new byte[(int) (to - from)];
      file.seek(from);
      file.readFully(bytes);
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        Matcher pause = PAUSE.matcher(line.strip());
        if (pause.find()) {
          double millis = Double.parseDouble(pause.group(1));
          figures[0]++;
          figures[1] += millis;
          figures[2] = Math.max(figures[2], millis);
        }
      }
    } catch (IOException e) {
      return new double[] {Double.NaN, Double.NaN, Double.NaN};
    }
    return figures;
  }
}
