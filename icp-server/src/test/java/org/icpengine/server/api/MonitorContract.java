package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.icpengine.server.monitor.MonitorScheduler;
import org.icpengine.server.testing.MovableClock;
import org.icpengine.server.testing.TestServer;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.PlantedAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scheduler on a clock the test moves: a due re-evaluation derives a draft and puts it up for
 * review with its diff; a new dataset with planted drift raises an alarm with its evidence, in the
 * audit log and the health, and starts a re-evaluation whose draft says what changed.
 */
abstract class MonitorContract extends ServerContract {
  private static final Duration ROUND = MonitorScheduler.EVERY.plusMinutes(1);

  MovableClock clock;

  @Override
  @BeforeEach
  void start() {
    clock = new MovableClock(Instant.now());
    server = new TestServer(backend(), data, clock);
  }

  @Test
  void aDueReevaluationPutsADraftWithItsDiffUpForTheRequiredSignOffs() throws Exception {
    Http admin = server.as(server.admin);
    publishDerived(PlantedAccounts.write(data, "reference.csv", 3000, PlantedAccounts.MIX, 1));
    admin.put(ACME + "/settings/signoffs", Map.of("required", List.of("sales")));
    JsonNode health = admin.get(ACME + "/health").json();
    assertThat(health.get("review_due").asBoolean()).isFalse();
    Instant last = Instant.parse(health.get("last_review").asText());
    assertThat(Instant.parse(health.get("next_review").asText()))
        .isEqualTo(last.atZone(ZoneOffset.UTC).plusMonths(6).toInstant());

    clock.advance(Duration.ofDays(30 * 6 + 5));
    JsonNode started = await(h -> h.get("reevaluations").size() == 1);
    assertThat(started.get("reevaluations").get(0).get("reason").asText()).isEqualTo("due");
    assertThat(started.get("review_due").asBoolean())
        .as("a started review resets the date")
        .isFalse();
    JobsContract.poll(admin, ACME + "/jobs/" + started.get("reevaluations").get(0).get("job"));
    clock.advance(ROUND);
    JsonNode reviewed =
        await(h -> h.get("reevaluations").get(0).get("state").asText().equals("in_review"));

    JsonNode summary = reviewed.get("reevaluations").get(0).get("summary");
    assertThat(summary.get("draft_version").asInt()).isEqualTo(2);
    assertThat(summary.at("/diff/words").asText()).contains("attribute(s) added");
    assertThat(summary.at("/what_changed/words").asText()).contains("no new dataset");
    JsonNode draft = admin.get(ACME + "/versions/2").json();
    assertThat(draft.get("state").asText()).isEqualTo("in_review");
    assertThat(draft.get("notes").asText()).startsWith("Re-evaluation (review due) of version 1");
    JsonNode signoffs = admin.get(ACME + "/versions/2/signoffs").json();
    assertThat(signoffs.get("missing").toString()).isEqualTo("[\"sales\"]");
    move(admin, 2, "published", draft.get("revision").asInt(), 409);
    assertThat(actions())
        .contains("reevaluation.started", "reevaluation.in_review", "version.in_review");
  }

  @Test
  void aNewDatasetWithPlantedDriftRaisesAnAlarmWithItsEvidence() throws Exception {
    Http editor = server.as(server.editor);
    publishDerived(PlantedAccounts.write(data, "reference.csv", 3000, PlantedAccounts.MIX, 1));
    upload(editor, PlantedAccounts.write(data, "fresh.csv", 1500, PlantedAccounts.MIX, 2));
    clock.advance(ROUND);
    awaitAction("drift.checked");
    assertThat(editor.get(ACME + "/drift/alarms").json()).isEmpty();

    upload(editor, PlantedAccounts.write(data, "drifted.csv", 1500, PlantedAccounts.DRIFTED, 3));
    clock.advance(ROUND);
    JsonNode health = await(h -> h.get("alarms").size() == 1);
    JsonNode alarm = health.get("alarms").get(0);
    assertThat(alarm.get("evidence").findValuesAsText("attribute")).contains("industry");
    JsonNode industry = alarm.get("evidence").get(0);
    assertThat(industry.get("q_value").asDouble()).isLessThan(0.05);
    assertThat(industry.get("psi").asDouble()).isGreaterThan(0.1);
    assertThat(editor.get(ACME + "/drift/alarms").json()).hasSize(1);
    assertThat(actions()).contains("drift.alarm");
    assertThat(health.get("performance").get("observed").asBoolean()).isTrue();
    JsonNode started = await(h -> h.get("reevaluations").size() == 1);
    assertThat(started.get("reevaluations").get(0).get("reason").asText()).isEqualTo("drift");
    JobsContract.poll(editor, ACME + "/jobs/" + started.get("reevaluations").get(0).get("job"));
    clock.advance(ROUND);
    JsonNode reviewed =
        await(h -> h.get("reevaluations").get(0).get("state").asText().equals("in_review"));
    JsonNode whatChanged = reviewed.get("reevaluations").get(0).at("/summary/what_changed");
    assertThat(whatChanged.get("trait_changes").isArray()).isTrue();
    assertThat(whatChanged.get("words").asText()).isNotBlank().doesNotContain("no drift check");
  }

  @Test
  void theSettingIsAnAdminsAndChecked() {
    assertProblem(
        server.as(server.editor).put(ACME + "/settings/monitoring", Map.of("every_months", 3)),
        403);
    assertProblem(
        server
            .as(server.admin)
            .put(ACME + "/settings/monitoring", Map.of("every_months", 0, "on_drift", true)),
        400);
    Http.Answer set =
        server
            .as(server.admin)
            .put(ACME + "/settings/monitoring", Map.of("every_months", 12, "on_drift", false));
    assertThat(set.json().get("every_months").asInt()).isEqualTo(12);
    JsonNode onDrift =
        server.as(server.viewer).get(ACME + "/health").json().at("/settings/on_drift");
    assertThat(onDrift.isBoolean() && !onDrift.asBoolean()).as(onDrift.toString()).isTrue();
    assertThat(actions()).contains("settings.monitoring");
  }

  private void publishDerived(Path file) throws InterruptedException {
    Http editor = server.as(server.editor);
    long dataset = upload(editor, file);
    String job =
        editor.post(ACME + "/derives", Map.of("dataset", dataset)).header("Location").orElseThrow();
    JsonNode done = JobsContract.poll(editor, job);
    assertThat(done.get("state").asText()).as(done.toString()).isEqualTo("succeeded");
    int number = done.get("version").asInt();
    move(editor, number, "in_review", 1, 200);
    move(server.as(server.admin), number, "published", 2, 200);
  }

  private static long upload(Http editor, Path file) {
    Http.Answer upload =
        editor.postFile(ACME + "/datasets?name=" + file.getFileName(), file, "text/csv");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    return upload.json().get("id").asLong();
  }

  private List<String> actions() {
    List<String> actions = new ArrayList<>();
    server
        .as(server.admin)
        .get(ACME + "/audit?limit=200")
        .json()
        .forEach(e -> actions.add(e.get("action").asText()));
    return actions;
  }

  private void awaitAction(String action) throws InterruptedException {
    for (int i = 0; i < 600 && !actions().contains(action); i++) {
      Thread.sleep(100);
    }
    assertThat(actions()).contains(action);
  }

  private JsonNode await(Predicate<JsonNode> done) throws InterruptedException {
    JsonNode health = null;
    for (int i = 0; i < 600; i++) {
      health = server.as(server.viewer).get(ACME + "/health").json();
      if (done.test(health)) {
        return health;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the scheduler did not get there in a minute: " + health);
  }
}
