package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/**
 * The API's behaviour — versions, locking, scoring, audit, uploads, derives, problems, metrics —
 * run against each app-database backend by a subclass: the same tests on the embedded H2 file and
 * on a real PostgreSQL.
 */
abstract class ApiContract extends ServerContract {
  @Test
  void publishingKeepsExactlyOnePublishedVersion() {
    int first = publishSample();
    int second = importSample(server.as(server.editor));
    move(server.as(server.editor), second, "in_review", 1, 200);
    move(server.as(server.admin), second, "published", 2, 200);
    JsonNode versions = server.as(server.viewer).get(ACME + "/versions").json();
    List<String> states = new ArrayList<>();
    versions.forEach(v -> states.add(v.get("number").asInt() + ":" + v.get("state").asText()));
    assertThat(states).containsExactly(second + ":published", first + ":archived");
    Http.Answer icp = server.as(server.viewer).get(ACME + "/icp");
    assertThat(icp.json().get("number").asInt()).isEqualTo(second);
    Http.Answer score =
        server
            .as(server.viewer)
            .post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Fintech")));
    assertThat(score.json().get("version").asInt()).isEqualTo(second);
    // a draft cannot jump to published
    int third = importSample(server.as(server.editor));
    Http.Answer jump = move(server.as(server.admin), third, "published", 1, 409);
    assertThat(jump.json().get("detail").asText()).contains("in_review");
  }

  @Test
  void concurrentEditsGiveAConflictNotALostUpdate() throws Exception {
    Http editor = server.as(server.editor);
    int number = importSample(editor);
    String path = ACME + "/versions/" + number;
    String etag = editor.get(path).header("ETag").orElseThrow();
    int writers = 6;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Answer>> answers = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      String notes = "edit " + i;
      answers.add(
          pool.submit(
              () -> {
                go.await();
                return editor.with("If-Match", etag).patch(path, Map.of("notes", notes));
              }));
    }
    go.countDown();
    List<String> winners = new ArrayList<>();
    int conflicts = 0;
    for (int i = 0; i < writers; i++) {
      Http.Answer answer = answers.get(i).get();
      if (answer.status() == 200) {
        winners.add("edit " + i);
      } else {
        assertProblem(answer, 409);
        assertThat(answer.json().get("detail").asText()).contains("reload");
        conflicts++;
      }
    }
    pool.shutdown();
    assertThat(winners).hasSize(1);
    assertThat(conflicts).isEqualTo(writers - 1);
    JsonNode now = editor.get(path).json();
    assertThat(now.get("notes").asText()).isEqualTo(winners.get(0));
    assertThat(now.get("revision").asInt()).isEqualTo(2);
  }

  @Test
  void editsChangeTheScoreModelAndAreChecked() {
    Http editor = server.as(server.editor);
    int number = importSample(editor);
    String path = ACME + "/versions/" + number;
    ObjectNode tiers = JSON.createObjectNode().put("A", 90).put("B", 80).put("C", 70);
    Http.Answer edited = editor.patch(path, Map.of("revision", 1, "tiers", tiers));
    assertThat(edited.status()).as(edited.text()).isEqualTo(200);
    assertThat(editor.get(path).json().at("/icp/fit_model/tiers/A").asInt()).isEqualTo(90);
    ObjectNode upsideDown = JSON.createObjectNode().put("A", 10).put("B", 80).put("C", 70);
    assertProblem(editor.patch(path, Map.of("revision", 2, "tiers", upsideDown)), 422);
    assertProblem(editor.patch(path, Map.of("notes", "no revision")), 400);
    assertProblem(editor.patch(path, Map.of("revision", 2, "colour", "red")), 400);
    move(editor, number, "in_review", 2, 200);
    assertProblem(editor.patch(path, Map.of("revision", 3, "notes", "late")), 409);
  }

  @Test
  void scoresOneAccountAndBatchesWithThePublishedVersion() throws Exception {
    int number = publishSample();
    Http viewer = server.as(server.viewer);
    Map<String, Object> good =
        Map.of(
            "Industry", "FinTech",
            "Number of Employees", "500",
            "Tech Stack", List.of("Snowflake", "dbt"),
            "Unknown Column", "x");
    Http.Answer one = viewer.post(ACME + "/score", Map.of("attributes", good));
    assertThat(one.status()).as(one.text()).isEqualTo(200);
    JsonNode result = one.json();
    assertThat(result.get("score").asInt()).isBetween(0, 100);
    assertThat(result.get("tier").asText()).isIn("A", "B", "C", "D");
    assertThat(result.get("reasons").asText()).startsWith("base 50");
    assertThat(result.get("status").asText()).isEqualTo("scored");
    assertThat(result.get("coverage").asDouble()).isBetween(0.5, 1.0);
    assertThat(result.get("version").asInt()).isEqualTo(number);
    JsonNode little =
        viewer.post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Fintech"))).json();
    assertThat(little.get("status").asText()).isEqualTo("insufficient_data");
    assertThat(little.get("tier").isNull()).isTrue();
    assertThat(little.get("score").isNull()).isTrue();
    assertThat(result.get("ignored").toString()).contains("Unknown Column");
    assertThat(one.header("X-ICP-Version")).hasValue(String.valueOf(number));

    Http.Answer education =
        viewer.post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Education")));
    assertThat(education.json().get("tier").asText()).isEqualTo("D");
    assertThat(education.json().get("reasons").asText()).contains("disqualified");
    assertThat(education.json().get("status").asText()).isEqualTo("disqualified");
    assertProblem(viewer.post(ACME + "/score", Map.of("Industry", "Fintech")), 400);
    assertProblem(viewer.post(ACME + "/score", "{not json"), 400);

    List<Map<String, Object>> batch = new ArrayList<>();
    batch.add(Map.of("id", "a-1", "attributes", good));
    batch.add(Map.of("id", "a-2", "attributes", Map.of("Industry", "Education")));
    batch.add(Map.of("id", "a-3", "attributes", "not an object"));
    Http.Answer many = viewer.post(ACME + "/score/batch", batch);
    assertThat(many.status()).as(many.text()).isEqualTo(200);
    JsonNode rows = many.json();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).get("id").asText()).isEqualTo("a-1");
    assertThat(rows.get(0).at("/result/score").asInt()).isEqualTo(result.get("score").asInt());
    assertThat(rows.get(1).at("/result/tier").asText()).isEqualTo("D");
    assertThat(rows.get(2).get("error").asText()).contains("attributes");

    Http.Answer csv =
        viewer.postFile(ACME + "/score/batch", SampleIcp.get().prospects(), "text/csv");
    assertThat(csv.status()).as(csv.text()).isEqualTo(200);
    List<String> lines = csv.text().lines().toList();
    long prospects = Files.readAllLines(SampleIcp.get().prospects()).size();
    assertThat(lines).hasSize((int) prospects);
    assertThat(lines.get(0)).contains("icp_score", "icp_tier", "icp_reasons");
    assertThat(csv.header("X-ICP-Rows")).hasValue(String.valueOf(prospects - 1));
  }

  @Test
  void batchCsvScoringNeutralisesCellsASpreadsheetWouldRun() throws Exception {
    publishSample();
    List<String> sample = Files.readAllLines(SampleIcp.get().prospects());
    List<String> file = new ArrayList<>(List.of(sample.get(0)));
    for (String formula : List.of("=1+2", "+1+1", "-A1*2", "@SUM(A1)")) {
      file.add(formula + sample.get(1).substring(sample.get(1).indexOf(',')));
    }
    Path upload = Files.write(data.resolve("formulas.csv"), file);

    Http.Answer csv = server.as(server.viewer).postFile(ACME + "/score/batch", upload, "text/csv");

    assertThat(csv.status()).as(csv.text()).isEqualTo(200);
    List<String> lines = csv.text().lines().toList();
    assertThat(lines.subList(1, lines.size()))
        .extracting(line -> line.substring(0, line.indexOf(',')))
        .containsExactly("'=1+2", "'+1+1", "'-A1*2", "'@SUM(A1)");
  }

  @Test
  void scoringBeforeAnythingIsPublishedSaysWhatToDo() {
    Http.Answer answer =
        server
            .as(server.viewer)
            .post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Fintech")));
    assertProblem(answer, 409);
    assertThat(answer.json().get("detail").asText()).contains("publish");
  }

  @Test
  void theAuditLogRecordsWhoDidWhat() {
    publishSample();
    JsonNode log = server.as(server.viewer).get(ACME + "/audit").json();
    List<String> entries = new ArrayList<>();
    log.forEach(e -> entries.add(e.get("actor").asText() + " " + e.get("action").asText()));
    assertThat(entries)
        .containsSubsequence(
            "token admin version.published",
            "token editor version.in_review",
            "token editor version.imported",
            "cli member.set",
            "cli token.created",
            "cli workspace.created");
    assertThat(log.get(0).get("at").asText()).endsWith("Z");
  }

  @Test
  void uploadsAreProfiledAndDerivesMakeADraft() throws Exception {
    Http editor = server.as(server.editor);
    Http.Answer upload =
        editor.postFile(
            ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    JsonNode dataset = upload.json();
    assertThat(dataset.get("rows").asLong()).isEqualTo(4000);
    assertThat(dataset.at("/profile/columns").size()).isGreaterThan(5);
    long id = dataset.get("id").asLong();

    Http.Answer started = editor.post(ACME + "/derives", Map.of("dataset", id));
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    String job = started.header("Location").orElseThrow();
    JsonNode finished = poll(editor, job);
    assertThat(finished.get("state").asText()).as(finished.toString()).isEqualTo("succeeded");
    assertThat(finished.get("progress").asDouble()).isEqualTo(1.0);
    int number = finished.get("version").asInt();
    JsonNode version = editor.get(ACME + "/versions/" + number).json();
    assertThat(version.get("state").asText()).isEqualTo("draft");
    assertThat(version.get("origin").asText()).isEqualTo("derived");
    assertThat(version.at("/icp/traits").size()).isGreaterThan(0);

    Http.Answer failing =
        editor.post(ACME + "/derives", Map.of("dataset", id, "ideal", "\"Industry\" = 'Nothing'"));
    JsonNode failed = poll(editor, failing.header("Location").orElseThrow());
    assertThat(failed.get("state").asText()).isEqualTo("failed");
    assertThat(failed.get("error").asText()).isNotBlank();
    assertThat(failed.get("version").isNull()).isTrue();
    assertThat(editor.get(ACME + "/audit?limit=1").json().get(0).get("action").asText())
        .isEqualTo("derive.failed");
    assertThat(editor.get(ACME + "/versions").json()).hasSize(1);
    assertProblem(editor.post(ACME + "/derives", Map.of("dataset", 999_999)), 404);
  }

  private static JsonNode poll(Http http, String job) throws InterruptedException {
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
  void unreadableUploadsLeaveNothingBehind() throws Exception {
    Http editor = server.as(server.editor);
    Path empty = Files.writeString(data.resolve("empty.csv"), "");
    assertProblem(editor.postFile(ACME + "/datasets?name=empty.csv", empty, "text/csv"), 422);
    Path binary = Files.write(data.resolve("binary.csv"), new byte[] {0, 1, 2, 3, 0, 0, 9, 8});
    assertProblem(editor.postFile(ACME + "/datasets?name=binary.csv", binary, "text/csv"), 422);
    assertProblem(editor.postFile(ACME + "/datasets", binary, "text/csv"), 400);
    assertThat(editor.get(ACME + "/datasets").json()).isEmpty();
    assertThat(Files.list(data.resolve("uploads"))).isEmpty();
    assertThat(Files.list(data.resolve("datasets"))).isEmpty();
  }

  @Test
  void anImportedFileMustBeAnIcpThatScores() {
    Http editor = server.as(server.editor);
    assertProblem(editor.post(ACME + "/versions", Map.of("hello", "world")), 422);
    assertProblem(editor.post(ACME + "/versions", "[1, 2"), 400);
    ObjectNode newer;
    try {
      newer = (ObjectNode) JSON.readTree(SampleIcp.get().icp());
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    newer.put("format_version", 99);
    Http.Answer answer = editor.post(ACME + "/versions", newer);
    assertProblem(answer, 422);
    assertThat(answer.json().get("detail").asText()).contains("newer");
    assertThat(editor.get(ACME + "/versions").json()).isEmpty();
  }

  @Test
  void answersCarrySecurityHeadersAndProblemsForUnknownAddresses() {
    Http.Answer health = server.anonymous().get("/health");
    assertThat(health.header("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(health.header("X-Frame-Options")).hasValue("DENY");
    assertThat(health.header("Content-Security-Policy")).isPresent();
    assertProblem(server.as(server.viewer).get("/api/v1/nowhere"), 404);
    assertThat(server.anonymous().get("/ready").status()).isEqualTo(200);
  }

  @Test
  void metricsCountRequestsScoresAndJobs() {
    publishSample();
    server
        .as(server.viewer)
        .post(ACME + "/score", Map.of("attributes", Map.of("Industry", "Fintech")));
    String metrics = server.anonymous().get("/metrics").text();
    assertThat(metrics).contains("icp_http_requests_total");
    assertThat(metrics).contains("icp_http_request_duration_seconds_bucket");
    assertThat(metrics).containsPattern("icp_scores_served_total\\{mode=\"single\"} 1");
    assertThat(metrics).contains("icp_jobs_running");
  }

  @Test
  void malformedRequestsGetProblemsNotStackTraces() {
    Http admin = server.as(server.admin);
    assertProblem(admin.get(ACME + "/audit?limit=abc"), 400);
    int number = importSample(admin);
    Http.Answer longNotes =
        admin.patch(ACME + "/versions/" + number, Map.of("revision", 1, "notes", "x".repeat(5000)));
    assertProblem(longNotes, 400);
    assertThat(longNotes.json().get("detail").asText()).contains("4000");
    assertProblem(admin.put(ACME + "/audit", Map.of()), 405);
    assertProblem(admin.post(ACME + "/derives", Map.of("dataset", 1, "max_depth", "x")), 400);
    assertProblem(admin.post(ACME + "/derives", Map.of("dataset", "1")), 400);
    assertProblem(server.anonymous().post(ACME + "/versions/1/state", "{bad"), 401);
    Http.Answer token = admin.post(ACME + "/tokens", Map.of("name", "crm", "role", "viewer"));
    assertThat(token.status()).isEqualTo(201);
    long id = token.json().get("id").asLong();
    assertThat(token.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/" + id));
    String secret = token.json().get("token").asText();
    assertThat(server.as(secret).get(ACME + "/versions").status()).isEqualTo(200);
    assertThat(admin.delete(ACME + "/tokens/" + id).status()).isEqualTo(204);
  }

  @Test
  void aJsonBatchAlwaysAnswersAValidArray() {
    publishSample();
    Http viewer = server.as(server.viewer);
    Http.Answer mixed =
        viewer.post(
            ACME + "/score/batch",
            "[{\"id\": 1, \"attributes\": {\"Industry\": \"Fintech\"}}, 42,"
                + " {\"id\": 3, \"attributes\": {\"Industry\": \"Retail\"}}]");
    assertThat(mixed.status()).isEqualTo(200);
    JsonNode rows = mixed.json();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).get("error").asText()).contains("NUMBER");
    assertThat(rows.get(2).get("id").asInt()).isEqualTo(3);
    Http.Answer broken =
        viewer.post(
            ACME + "/score/batch",
            "[{\"id\": 1, \"attributes\": {\"Industry\": \"Fintech\"}}, {\"id\": 2, \"attr");
    JsonNode partial = broken.json();
    assertThat(partial).hasSize(2);
    // Industry alone is too little to score, but the account has its answer
    assertThat(partial.get(0).at("/result/status").asText()).isEqualTo("insufficient_data");
    assertThat(partial.get(1).get("error").asText()).contains("not read");
    assertProblem(viewer.post(ACME + "/score/batch", Map.of("not", "an array")), 400);
  }

  @Test
  void uploadsAndBatchesAboveTheLimitAreRefusedAndLeaveNothing() throws Exception {
    server.close();
    Path small = data.resolve("small");
    server = new TestServer(backend(), small, 50_000);
    Http editor = server.as(server.editor);
    Http.Answer upload =
        editor.postFile(
            ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv");
    assertProblem(upload, 413);
    assertThat(upload.json().get("detail").asText()).contains("--upload-limit");
    assertThat(editor.get(ACME + "/datasets").json()).isEmpty();
    assertThat(Files.list(small.resolve("uploads"))).isEmpty();
    assertThat(Files.list(small.resolve("datasets"))).isEmpty();
    publishSample();
    assertProblem(
        server
            .as(server.viewer)
            .postFile(ACME + "/score/batch", SampleIcp.get().prospects(), "text/csv"),
        413);
    assertThat(Files.list(small.resolve("work"))).isEmpty();
  }
}
