package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Sql;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/** Uploads and disk through the API: names, the workspace quota, uploads at once, deleting. */
abstract class StorageContract extends ServerContract {
  private Path small() throws IOException {
    return Files.writeString(
        data.resolve("small.csv"), "Company,Industry,Won\nA,Fintech,true\nB,Retail,false\n");
  }

  private static Http.Answer upload(Http http, String name, Path file) {
    return http.postFile(ACME + "/datasets?name=" + name, file, "text/csv");
  }

  @Test
  void uploadNamesWithControlCharactersAreUnprocessableAndLeaveNothing() throws Exception {
    Http editor = server.as(server.editor);
    for (String name : List.of("bad%00.csv", "bad%0A.csv", "bad%1B%5B31m.csv", "%7F.csv")) {
      Http.Answer answer = upload(editor, name, small());
      assertProblem(answer, 422);
      assertThat(answer.json().get("detail").asText()).contains("control characters");
    }
    assertProblem(upload(editor, "..", small()), 400);
    assertThat(editor.get(ACME + "/datasets").json()).isEmpty();
    assertThat(Files.list(data.resolve("uploads"))).isEmpty();
  }

  @Test
  void deletingADatasetRemovesItsFileAndIsAudited() throws Exception {
    Http editor = server.as(server.editor);
    Http.Answer uploaded = upload(editor, "customers.csv", SampleIcp.get().customers());
    assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
    long id = uploaded.json().get("id").asLong();
    String path = ACME + "/datasets/" + id;
    String job =
        editor.post(ACME + "/derives", Map.of("dataset", id)).header("Location").orElseThrow();
    Http.Answer busy = editor.delete(path);
    assertProblem(busy, 409);
    assertThat(busy.json().get("detail").asText()).contains("cancel it first");
    assertThat(editor.post(job + "/cancel", Map.of()).status()).isIn(200, 202);
    JobsContract.poll(editor, job);

    assertProblem(server.as(server.viewer).delete(path), 403);
    assertProblem(server.as(server.globexAdmin).delete(path), 403);
    assertThat(Files.list(data.resolve("datasets"))).hasSize(1);
    assertThat(editor.delete(path).status()).isEqualTo(204);
    assertProblem(editor.get(path), 404);
    assertProblem(editor.delete(path), 404);
    assertThat(Files.list(data.resolve("datasets"))).isEmpty();
    assertProblem(editor.get(job), 404);
    JsonNode entry = editor.get(ACME + "/audit?limit=1").json().get(0);
    assertThat(entry.get("action").asText()).isEqualTo("dataset.deleted");
    assertThat(entry.get("actor").asText()).isEqualTo("token editor");
  }

  @Test
  void aDatasetAVersionWasDerivedFromIsKept() throws Exception {
    Http editor = server.as(server.editor);
    long id = upload(editor, "small.csv", small()).json().get("id").asLong();
    int number = importSample(editor);
    try (Database db = Database.open(DatabaseSettings.from(server.environment(), data))) {
      db.inTransaction(
          c -> Sql.update(c, "UPDATE versions SET dataset_id = ? WHERE number = ?", id, number));
    }
    Http.Answer refused = editor.delete(ACME + "/datasets/" + id);
    assertProblem(refused, 409);
    assertThat(refused.json().get("detail").asText()).contains("version(s) [" + number + "]");
    assertThat(editor.get(ACME + "/datasets/" + id).status()).isEqualTo(200);
  }

  @Test
  void uploadsBeyondTheWorkspacesQuotaAreRefusedUntilADatasetIsDeleted() throws Exception {
    long size = Files.size(small());
    server.restart(ServerOptions.Limits.defaults().withWorkspaceQuota(size * 3 / 2));
    Http editor = server.as(server.editor);
    Http.Answer first = upload(editor, "first.csv", small());
    assertThat(first.status()).as(first.text()).isEqualTo(201);
    Http.Answer second = upload(editor, "second.csv", small());
    assertProblem(second, 413);
    assertThat(second.json().get("detail").asText())
        .contains("quota")
        .contains("--workspace-quota");
    assertThat(Files.list(data.resolve("uploads"))).isEmpty();
    Http globex = server.as(server.globexAdmin);
    Http.Answer elsewhere =
        globex.postFile("/api/v1/workspaces/globex/datasets?name=a.csv", small(), "text/csv");
    assertThat(elsewhere.status()).as(elsewhere.text()).isEqualTo(201);
    assertThat(editor.delete(ACME + "/datasets/" + first.json().get("id").asLong()).status())
        .isEqualTo(204);
    assertThat(upload(editor, "third.csv", small()).status()).isEqualTo(201);
  }

  @Test
  void uploadsBeyondTheSlotsAreRefusedWithTooMany() throws Exception {
    server.restart(new ServerOptions.Limits(java.time.Duration.ofMinutes(30), 10L << 30, 3, 2));
    List<Socket> held = new ArrayList<>();
    try {
      held.add(hold("acme", server.editor));
      held.add(hold("acme", server.editor));
      awaitUploads(2);
      Http.Answer third = upload(server.as(server.editor), "third.csv", small());
      assertProblem(third, 429);
      assertThat(third.json().get("detail").asText()).contains("this workspace");
      held.add(hold("globex", server.globexAdmin));
      awaitUploads(3);
      Http.Answer global =
          server
              .as(server.globexAdmin)
              .postFile("/api/v1/workspaces/globex/datasets?name=b.csv", small(), "text/csv");
      assertProblem(global, 429);
      assertThat(global.json().get("detail").asText()).contains("the server already takes 3");
    } finally {
      for (Socket socket : held) {
        socket.close();
      }
    }
    Http.Answer later = null;
    for (int i = 0; i < 100 && (later == null || later.status() == 429); i++) {
      Thread.sleep(100);
      later = upload(server.as(server.editor), "later.csv", small());
    }
    assertThat(later.status()).as(later.text()).isEqualTo(201);
  }

  /** Starts an upload that sends part of its body and waits: it holds an upload slot. */
  private Socket hold(String workspace, String token) throws IOException {
    Socket socket = new Socket("127.0.0.1", server.server().port());
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /api/v1/workspaces/"
                + workspace
                + "/datasets?name=held.csv HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + token
                + "\r\nContent-Type: text/csv\r\nContent-Length: 1000000\r\n\r\nCompany,Won\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.flush();
    return socket;
  }

  private void awaitUploads(int count) throws Exception {
    for (int i = 0; i < 200; i++) {
      try (var files = Files.list(data.resolve("uploads"))) {
        if (files.count() >= count) {
          return;
        }
      }
      Thread.sleep(25);
    }
    throw new AssertionError(count + " uploads never reached the server's disk");
  }
}
