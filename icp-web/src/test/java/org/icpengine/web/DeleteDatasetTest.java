package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data page's delete button: editors delete a dataset, viewers are refused by the server. */
class DeleteDatasetTest {
  @TempDir Path data;
  WebServer server;
  long dataset;

  @BeforeEach
  void start() throws Exception {
    server = new WebServer(data);
    Path file = Files.writeString(data.resolve("small.csv"), "Company,Won\nA,true\nB,false\n");
    Http api = Http.anonymous(server.port()).withToken(server.adminToken);
    Http.Answer upload =
        api.postFile("/api/v1/workspaces/acme/datasets?name=small.csv", file, "text/csv");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    dataset = upload.json().get("id").asLong();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Signs in through the API; returns the session cookie and its CSRF token. */
  private String[] signIn(String email) {
    Http.Answer session =
        Http.anonymous(server.port())
            .post("/api/v1/session", Map.of("email", email, "password", WebServer.PASSWORD));
    assertThat(session.status()).as(session.text()).isEqualTo(201);
    String cookie = session.header("Set-Cookie").orElseThrow();
    String id = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
    return new String[] {id, session.json().get("csrf_token").asText()};
  }

  @Test
  void editorsDeleteADatasetFromTheDataPageAndViewersCannot() {
    String path = "/w/acme/datasets/" + dataset + "/delete";
    String[] viewer = signIn(WebServer.VIEWER);
    assertThat(Forms.get(server.port(), "/w/acme/data", viewer[0]).body())
        .doesNotContain("data-delete-dataset");
    HttpResponse<String> refused =
        Forms.post(server.port(), path, viewer[0], Map.of("_csrf", viewer[1]));
    assertThat(refused.statusCode()).isEqualTo(403);

    String[] editor = signIn(WebServer.EDITOR);
    assertThat(Forms.get(server.port(), "/w/acme/data", editor[0]).body())
        .contains("action=\"/w/acme/datasets/" + dataset + "/delete\"");
    assertThat(Forms.post(server.port(), path, editor[0], Map.of("_csrf", "wrong")).statusCode())
        .isEqualTo(403);
    HttpResponse<String> deleted =
        Forms.post(server.port(), path, editor[0], Map.of("_csrf", editor[1]));
    assertThat(deleted.statusCode()).isEqualTo(303);
    assertThat(deleted.headers().firstValue("Location")).hasValue("/w/acme/data");
    JsonNode left =
        Http.anonymous(server.port())
            .withToken(server.adminToken)
            .get("/api/v1/workspaces/acme/datasets")
            .json();
    assertThat(left).isEmpty();
  }
}
