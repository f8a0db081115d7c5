package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.job.DeriveJobs;
import org.icpengine.server.job.JobStore;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/** Derive jobs through the API: cancelling, the time limit, and what a restart does with them. */
abstract class JobsContract extends ServerContract {
  long upload(Http editor) {
    Http.Answer upload =
        editor.postFile(
            ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    return upload.json().get("id").asLong();
  }

  static JsonNode poll(Http http, String job) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode state = http.get(job).json();
      if (!state.get("state").asText().matches("queued|running")) {
        return state;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish in a minute: " + http.get(job).text());
  }

  @Test
  void cancellingStopsAQueuedAndARunningDeriveAndAddsNoVersion() throws Exception {
    Http editor = server.as(server.editor);
    long dataset = upload(editor);
    String first =
        editor.post(ACME + "/derives", Map.of("dataset", dataset)).header("Location").orElseThrow();
    String second =
        editor.post(ACME + "/derives", Map.of("dataset", dataset)).header("Location").orElseThrow();

    assertProblem(server.as(server.viewer).post(second + "/cancel", Map.of()), 403);
    assertProblem(server.as(server.globexAdmin).post(second + "/cancel", Map.of()), 403);
    Http.Answer queued = editor.post(second + "/cancel", Map.of());
    assertThat(queued.status()).as(queued.text()).isEqualTo(200);
    assertThat(queued.json().get("state").asText()).isEqualTo("cancelled");
    assertThat(queued.json().get("error").asText()).isEqualTo("cancelled by token editor");

    Http.Answer running = editor.post(first + "/cancel", Map.of());
    assertThat(running.status()).as(running.text()).isIn(200, 202);
    JsonNode ended = poll(editor, first);
    assertThat(ended.get("state").asText()).as(ended.toString()).isEqualTo("cancelled");
    assertThat(ended.get("version").isNull()).isTrue();

    assertProblem(editor.post(second + "/cancel", Map.of()), 409);
    assertProblem(editor.post(ACME + "/jobs/999999/cancel", Map.of()), 404);
    assertThat(editor.get(ACME + "/versions").json()).isEmpty();
    List<String> actions = new ArrayList<>();
    editor.get(ACME + "/audit?limit=2").json().forEach(e -> actions.add(e.get("action").asText()));
    assertThat(actions).containsExactly("derive.cancelled", "derive.cancelled");
    Http.Answer again = editor.post(ACME + "/derives", Map.of("dataset", dataset));
    assertThat(poll(editor, again.header("Location").orElseThrow()).get("state").asText())
        .isEqualTo("succeeded");
  }

  @Test
  void aDeriveThatRunsPastTheTimeLimitIsStoppedAndFails() throws Exception {
    long dataset = upload(server.as(server.editor));
    server.restart(ServerOptions.Limits.defaults().withJobTimeout(Duration.ofMillis(1)));
    Http editor = server.as(server.editor);
    Http.Answer started = editor.post(ACME + "/derives", Map.of("dataset", dataset));
    JsonNode failed = poll(editor, started.header("Location").orElseThrow());
    assertThat(failed.get("state").asText()).isEqualTo("failed");
    assertThat(failed.get("error").asText())
        .contains("longer than the server's limit of 1 ms")
        .contains("--job-timeout");
    assertThat(editor.get(ACME + "/versions").json()).isEmpty();
    assertThat(editor.get(ACME + "/audit?limit=1").json().get(0).get("action").asText())
        .isEqualTo("derive.failed");
  }

  @Test
  void aRestartFailsTheDeriveThatWasRunningAndRunsTheOnesQueuedBehindIt() throws Exception {
    Http editor = server.as(server.editor);
    long dataset = upload(editor);
    long running;
    long queued;
    String options = "{\"dataset\": " + dataset + "}";
    try (Database db = Database.open(DatabaseSettings.from(server.environment(), server.data()))) {
      long acme = db.inTransaction(c -> WorkspaceStore.find(c, "acme").orElseThrow().id());
      Instant now = Instant.now();
      running =
          db.inTransaction(
              c -> {
                long id = JobStore.create(c, acme, dataset, options, DeriveJobs.STEPS, now, "cli");
                JobStore.step(c, id, 4, "finding traits");
                return id;
              });
      queued =
          db.inTransaction(
              c -> JobStore.create(c, acme, dataset, options, DeriveJobs.STEPS, now, "cli"));
    }
    server.restart(ServerOptions.Limits.defaults());
    editor = server.as(server.editor);
    JsonNode crashed = editor.get(ACME + "/jobs/" + running).json();
    assertThat(crashed.get("state").asText()).isEqualTo("failed");
    assertThat(crashed.get("error").asText()).contains("stopped while the derive ran");
    JsonNode behind = poll(editor, ACME + "/jobs/" + queued);
    assertThat(behind.get("state").asText()).as(behind.toString()).isEqualTo("succeeded");
    assertThat(behind.get("version").asInt()).isEqualTo(1);
  }
}
