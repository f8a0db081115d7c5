package org.icpengine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak's clients, one thread per kind of work, each bounded in rate and stopping at a deadline:
 * small CSV uploads (every {@value #CUT_EVERY}th cut off mid-body on purpose), derives of the
 * uploaded datasets polled to their end, and single-account scores at a bounded rate. Connection
 * failures while the server is down are counted and the client waits and goes on. What the server
 * acknowledged — an upload answered 201 with an id, a derive job that reached {@code succeeded}
 * with its version — is recorded, to be looked for after the run.
 */
final class SoakLoad {
  static final int CUT_EVERY = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long POLL_MILLIS = 500;
  private static final long DERIVE_TIMEOUT_NANOS = 180_000_000_000L;

  /** How long after the deadline a derive under way is still followed to its end. */
  private static final long GRACE_NANOS = 60_000_000_000L;

  private final String api;
  private final int port;
  private final String workspace;
  private final String token;
  private final byte[] csv;
  private final List<byte[]> scoreBodies;
  private final double scoreRate;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  /** Requests by kind: [ok, failed]. */
  final Map<String, LongAdder[]> requests = new ConcurrentHashMap<>();

  /** Dataset ids the server answered 201 for. */
  final ConcurrentSkipListSet<Long> acknowledgedDatasets = new ConcurrentSkipListSet<>();

  /** Version numbers of derive jobs that reached {@code succeeded}. */
  final ConcurrentSkipListSet<Integer> acknowledgedVersions = new ConcurrentSkipListSet<>();

  /** Derive jobs that ended failed (e.g. running while the server was killed). */
  final LongAdder derivesFailed = new LongAdder();

  private volatile long deadline;

  SoakLoad(
      int port, String workspace, String token, byte[] csv, List<byte[]> scoreBodies, double rate) {
    this.port = port;
    this.api = "http://127.0.0.1:" + port + "/api/v1/workspaces/" + workspace;
    this.workspace = workspace;
    this.token = token;
    this.csv = csv.clone();
    this.scoreBodies = List.copyOf(scoreBodies);
    this.scoreRate = rate;
  }

  /** Starts the client threads; they stop by themselves at {@code deadlineNanos}. */
  List<Thread> start(long deadlineNanos) {
    this.deadline = deadlineNanos;
    List<Thread> threads = new ArrayList<>();
    threads.add(thread("soak-upload", this::uploads));
    threads.add(thread("soak-derive", this::derives));
    threads.add(thread("soak-score", this::scores));
    return threads;
  }

  /** Sends a request and returns its answer, counting it under {@code kind}; null on failure. */
  HttpResponse<String> call(String kind, String method, String path, byte[] body, int expected) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(api + path))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + token)
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      request.header("Content-Type", path.contains("/datasets") ? "text/csv" : "application/json");
    }
    try {
      HttpResponse<String> answer =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      count(kind, answer.statusCode() == expected);
      return answer;
    } catch (IOException e) {
      count(kind, false);
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      count(kind, false);
      return null;
    }
  }

  /** Returns the request counts by kind, sorted: [ok, failed]. */
  Map<String, long[]> counts() {
    Map<String, long[]> sorted = new TreeMap<>();
    requests.forEach((k, v) -> sorted.put(k, new long[] {v[0].sum(), v[1].sum()}));
    return sorted;
  }

  private void uploads() {
    for (int n = 1; running(); n++) {
      if (n % CUT_EVERY == 0) {
        count("upload (cut off mid-body)", cutUpload("soak-cut-" + n + ".csv"));
      } else {
        HttpResponse<String> answer =
            call("upload", "POST", "/datasets?name=soak-" + n + ".csv", csv, 201);
        if (answer != null && answer.statusCode() == 201) {
          acknowledgedDatasets.add(json(answer).get("id").asLong());
        }
      }
      pause(3_000);
    }
  }

  /** Sends the headers and half the body, then closes: true when the bytes went out. */
  private boolean cutUpload(String name) {
    String head =
        "POST /api/v1/workspaces/"
            + workspace
            + "/datasets?name="
            + name
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: text/csv\r\nContent-Length: "
            + csv.length
            + "\r\n\r\n";
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.write(csv, 0, csv.length / 2);
      out.flush();
      SoakServer.sleep(200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void derives() {
    while (running()) {
      Long dataset = acknowledgedDatasets.isEmpty() ? null : acknowledgedDatasets.last();
      if (dataset != null) {
        byte[] body = ("{\"dataset\": " + dataset + "}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> answer = call("derive", "POST", "/derives", body, 202);
        if (answer != null && answer.statusCode() == 202) {
          follow(json(answer).get("id").asLong());
        }
      }
      pause(5_000);
    }
  }

  /** Polls a job to its end (bounded in time), recording its version if it succeeded. */
  private void follow(long job) {
    long until = Math.min(System.nanoTime() + DERIVE_TIMEOUT_NANOS, deadline + GRACE_NANOS);
    while (System.nanoTime() < until) {
      SoakServer.sleep(POLL_MILLIS);
      HttpResponse<String> answer = call("job poll", "GET", "/jobs/" + job, null, 200);
      if (answer == null || answer.statusCode() != 200) {
        continue;
      }
      JsonNode state = json(answer);
      switch (state.get("state").asText()) {
        case "succeeded" -> {
          acknowledgedVersions.add(state.get("version").asInt());
          return;
        }
        case "failed", "cancelled" -> {
          derivesFailed.increment();
          return;
        }
        default -> {
          // queued or running: poll again
        }
      }
    }
  }

  private void scores() {
    long gap = (long) (1e9 / scoreRate);
    long due = System.nanoTime();
    for (int k = 0; running(); k++) {
      HttpResponse<String> answer =
          call("score", "POST", "/score", scoreBodies.get(k % scoreBodies.size()), 200);
      if (answer == null) {
        pause(200);
      }
      due += gap;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        SoakServer.sleep(wait / 1_000_000);
      } else {
        due = System.nanoTime();
      }
    }
  }

  private boolean running() {
    return System.nanoTime() < deadline;
  }

  private void pause(long millis) {
    long left = (deadline - System.nanoTime()) / 1_000_000;
    SoakServer.sleep(Math.max(0, Math.min(millis, left)));
  }

  private void count(String kind, boolean ok) {
    requests
        .computeIfAbsent(kind, k -> new LongAdder[] {new LongAdder(), new LongAdder()})[ok ? 0 : 1]
        .increment();
  }

  private static JsonNode json(HttpResponse<String> answer) {
    try {
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new IllegalStateException("the server answered no JSON: " + answer.body(), e);
    }
  }

  private static Thread thread(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
