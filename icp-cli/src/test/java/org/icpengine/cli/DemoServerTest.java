package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.icpengine.cli.demo.DemoServer;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's served workspace: the sample ICP derived and published, a sign-in that works. */
class DemoServerTest {
  @TempDir Path dir;

  @Test
  void servesTheSampleWorkspaceWithItsIcpPublished() throws Exception {
    Path customers =
        SampleCompany.builder()
            .seed(42)
            .customers(2000)
            .deals(0)
            .prospects(0)
            .build()
            .write(dir)
            .customers();
    DemoServer.Running running = DemoServer.start(dir, customers, 0);
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> login =
          client.send(
              HttpRequest.newBuilder(URI.create(running.url() + "login")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.body()).contains("Sign in");
      HttpResponse<String> session =
          client.send(
              HttpRequest.newBuilder(URI.create(running.url() + "api/v1/session"))
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"email\": \""
                              + DemoServer.EMAIL
                              + "\", \"password\": \""
                              + running.password()
                              + "\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(session.statusCode()).isEqualTo(201);
      String cookie = session.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
      HttpResponse<String> icp =
          client.send(
              HttpRequest.newBuilder(URI.create(running.url() + "api/v1/workspaces/sample/icp"))
                  .header("Cookie", cookie)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(icp.statusCode()).isEqualTo(200);
      assertThat(icp.body()).contains("\"state\":\"published\"", "\"origin\":\"derived\"");
    } finally {
      running.server().close();
    }
  }
}
