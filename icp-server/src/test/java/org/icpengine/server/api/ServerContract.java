package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API tests share: a server over a fresh database of the subclass's backend, and helpers
 * to import, publish and check problem documents.
 */
abstract class ServerContract {
  static final String ACME = "/api/v1/workspaces/acme";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path data;
  TestServer server;

  abstract Backend backend();

  @BeforeEach
  void start() {
    server = new TestServer(backend(), data);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Imports the sample ICP and returns its version number. */
  int importSample(Http http) {
    Http.Answer answer = http.post(ACME + "/versions", SampleIcp.get().icp());
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return answer.json().get("number").asInt();
  }

  /** Imports, reviews and publishes the sample ICP; returns its number. */
  int publishSample() {
    int number = importSample(server.as(server.editor));
    move(server.as(server.editor), number, "in_review", 1, 200);
    move(server.as(server.admin), number, "published", 2, 200);
    return number;
  }

  static Http.Answer move(Http http, int number, String state, int revision, int status) {
    Http.Answer answer =
        http.post(
            ACME + "/versions/" + number + "/state", Map.of("state", state, "revision", revision));
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    return answer;
  }

  static void assertProblem(Http.Answer answer, int status) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    JsonNode problem = answer.json();
    assertThat(problem.get("status").asInt()).isEqualTo(status);
    assertThat(problem.get("title").asText()).isNotBlank();
    assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("\n");
  }
}
