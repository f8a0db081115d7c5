package org.icpengine.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.icpengine.server.access.Role;
import org.icpengine.server.testing.ServerProcess;
import org.icpengine.server.testing.ServerProcess.Running;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in a process of its own, killed: a crash mid-upload loses nothing committed and leaves
 * no half-made dataset; a SIGTERM lets a running request finish before the process ends.
 */
class CrashAndShutdownTest {
  private static final String ACME = "/api/v1/workspaces/acme";

  @TempDir Path data;

  private Running start() throws IOException {
    return ServerProcess.launch(data);
  }

  private String setUp() {
    try (Operations ops = Operations.open(data, Map.of())) {
      ops.addWorkspace("acme");
      return ops.createToken("acme", "test", Role.ADMIN);
    }
  }

  @Test
  void aKilledServerLosesNothingCommittedAndLeavesNoHalfUpload() throws Exception {
    String token = setUp();
    Running first = start();
    Http http = Http.anonymous(first.port()).withToken(token);
    assertThat(http.post(ACME + "/versions", SampleIcp.get().icp()).status()).isEqualTo(201);
    http.post(ACME + "/versions/1/state", Map.of("state", "in_review", "revision", 1));
    assertThat(
            http.post(ACME + "/versions/1/state", Map.of("state", "published", "revision", 2))
                .status())
        .isEqualTo(200);

    try (Socket upload = new Socket("127.0.0.1", first.port())) {
      OutputStream out = upload.getOutputStream();
      out.write(
          ("POST "
                  + ACME
                  + "/datasets?name=big.csv HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: text/csv\r\nContent-Length: 50000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(Files.readAllBytes(SampleIcp.get().customers()));
      out.flush();
      waitForPartialUpload();
      first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    try (IcpServer second =
        IcpServer.start(new ServerOptions("127.0.0.1", 0, data, 64L << 20, false, Map.of()))) {
      Http again = Http.anonymous(second.port()).withToken(token);
      assertThat(again.get(ACME + "/versions").json()).hasSize(1);
      assertThat(again.get(ACME + "/icp").json().get("state").asText()).isEqualTo("published");
      assertThat(again.get(ACME + "/datasets").json()).isEmpty();
      assertThat(list(data.resolve("uploads"))).isEmpty();
      assertThat(list(data.resolve("datasets"))).isEmpty();
      assertThat(
              again
                  .post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Fintech")))
                  .status())
          .isEqualTo(200);
    }
  }

  private void waitForPartialUpload() throws Exception {
    for (int i = 0; i < 200; i++) {
      List<Path> parts = list(data.resolve("uploads"));
      if (!parts.isEmpty() && Files.size(parts.get(0)) > 0) {
        return;
      }
      Thread.sleep(25);
    }
    throw new AssertionError("the upload never reached the server's disk");
  }

  @Test
  void aStoppingServerFinishesTheRequestItIsServing() throws Exception {
    String token = setUp();
    Running server = start();
    Http http = Http.anonymous(server.port()).withToken(token);
    http.post(ACME + "/versions", SampleIcp.get().icp());
    http.post(ACME + "/versions/1/state", Map.of("state", "in_review", "revision", 1));
    http.post(ACME + "/versions/1/state", Map.of("state", "published", "revision", 2));

    String body = "[{\"id\": 1, \"attributes\": {\"Industry\": \"Fintech\"}}]";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST "
                  + ACME
                  + "/score/batch HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                  + token
                  + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                  + bytes.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(bytes, 0, 10);
      out.flush();
      Thread.sleep(300);
      server.process().destroy();
      Thread.sleep(500);
      out.write(bytes, 10, bytes.length - 10);
      out.flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"score\"");
    }
    assertThat(server.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  private static List<Path> list(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.toList();
    }
  }
}
