package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.LinkedZip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ICP KPIs of a workspace and the targets its teams set, over the API. */
abstract class KpiContract extends ServerContract {
  private static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";

  @TempDir Path files;

  @Test
  void kpis_areComputedOnceForThePublishedVersionOnTheLinkedDatasetWithTargetStatus()
      throws Exception {
    Http editor = server.as(server.editor);
    int version = publishDerivedFromLinkedSample();

    Http.Answer target =
        editor.put(
            ACME + "/kpis/targets/win_rate_lift_a_d", Map.of("target", 1.5, "owner", "Sales"));
    assertThat(target.status()).as(target.text()).isEqualTo(200);
    Http.Answer answer = server.as(server.viewer).get(ACME + "/kpis");

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode board = answer.json();
    assertThat(board.get("version").asInt()).isEqualTo(version);
    JsonNode lift = kpi(board, "win_rate_lift_a_d");
    assertThat(lift.get("value").asDouble()).isGreaterThan(1);
    assertThat(lift.get("ci_low").asDouble()).isLessThan(lift.get("value").asDouble());
    assertThat(lift.get("ci_high").asDouble()).isGreaterThan(lift.get("value").asDouble());
    assertThat(lift.get("n").asLong()).isPositive();
    assertThat(lift.at("/target/owner").asText()).isEqualTo("Sales");
    double value = lift.get("value").asDouble();
    String expected =
        value >= 1.5 ? "on_track" : lift.get("ci_high").asDouble() >= 1.5 ? "at_risk" : "off_track";
    assertThat(lift.get("status").asText()).isEqualTo(expected);
    JsonNode pipeline = kpi(board, "pipeline_share_ab");
    assertThat(pipeline.get("status").asText()).isEqualTo("no_target");
    assertThat(pipeline.get("ci_low").asDouble()).isLessThan(pipeline.get("value").asDouble());
    assertThat(pipeline.get("ci_high").asDouble()).isGreaterThan(pipeline.get("value").asDouble());
    assertThat(pipeline.get("basis").asText()).contains("ratio estimator");
    JsonNode churn = kpi(board, "churn_a");
    assertThat(churn.get("value").asDouble()).isBetween(0.0, 1.0);
    assertThat(churn.get("trend").size()).isPositive();
    JsonNode again = server.as(server.viewer).get(ACME + "/kpis").json();
    assertThat(again.get("computed_at")).isEqualTo(board.get("computed_at"));
    assertThat(again.get("kpis")).isEqualTo(board.get("kpis"));
  }

  @Test
  void funnel_givesTheTeamViewsNumbersAndFiltersByASegment() throws Exception {
    int version = publishDerivedFromLinkedSample();
    Http viewer = server.as(server.viewer);
    Http.Answer all = viewer.get(ACME + "/funnel");
    assertThat(all.status()).as(all.text()).isEqualTo(200);
    JsonNode funnel = all.json();
    assertThat(funnel.get("version").asInt()).isEqualTo(version);
    assertThat(funnel.get("open_deals").size()).isPositive();
    assertThat(funnel.at("/forecast/scenario/projected_nrr/value").isNumber()).isTrue();
    assertThat(funnel.get("product").size()).isEqualTo(4);

    Http.Answer fintech =
        viewer.get(
            ACME
                + "/funnel?segment="
                + java.net.URLEncoder.encode(
                    "Industry = 'Fintech'", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(fintech.status()).as(fintech.text()).isEqualTo(200);
    assertThat(fintech.json().get("opportunities").asLong())
        .isPositive()
        .isLessThan(funnel.get("opportunities").asLong());
    Http.Answer invalid =
        viewer.get(
            ACME
                + "/funnel?segment="
                + java.net.URLEncoder.encode(
                    "x = 1; DROP TABLE t", java.nio.charset.StandardCharsets.UTF_8));
    assertThat(invalid.status()).as(invalid.text()).isEqualTo(422);
    assertThat(invalid.text()).contains("segment");
  }

  @Test
  void setTarget_isAuditedWithTheOldAndNewTarget() {
    Http editor = server.as(server.editor);
    editor.put(ACME + "/kpis/targets/churn_a", Map.of("target", 0.1, "owner", "CS"));

    editor.put(ACME + "/kpis/targets/churn_a", Map.of("target", 0.05, "owner", "CS lead"));

    JsonNode entry = server.as(server.viewer).get(ACME + "/audit?limit=1").json().get(0);
    assertThat(entry.get("action").asText()).isEqualTo("kpi.target_set");
    assertThat(entry.get("target").asText()).isEqualTo("kpi churn_a");
    assertThat(entry.get("detail").asText()).isEqualTo("target 10.0 % (CS) → 5.0 % (CS lead)");
    assertThat(entry.get("actor").asText()).isNotBlank();
    JsonNode targets = server.as(server.viewer).get(ACME + "/kpis/targets").json();
    assertThat(targets).hasSize(1);
    assertThat(targets.get(0).get("target").asDouble()).isEqualTo(0.05);
  }

  @Test
  void removeTarget_isAuditedAndForgetsIt() {
    Http editor = server.as(server.editor);
    editor.put(ACME + "/kpis/targets/cac_b", Map.of("target", 900, "owner", "Marketing"));

    Http.Answer removed = editor.delete(ACME + "/kpis/targets/cac_b");

    assertThat(removed.status()).as(removed.text()).isEqualTo(204);
    assertThat(server.as(server.viewer).get(ACME + "/kpis/targets").json()).isEmpty();
    JsonNode entry = server.as(server.viewer).get(ACME + "/audit?limit=1").json().get(0);
    assertThat(entry.get("action").asText()).isEqualTo("kpi.target_removed");
    assertProblem(editor.delete(ACME + "/kpis/targets/cac_b"), 404);
  }

  @Test
  void setTarget_needsAnEditor() {
    Http.Answer answer =
        server
            .as(server.viewer)
            .put(ACME + "/kpis/targets/churn_a", Map.of("target", 0.1, "owner", "CS"));

    assertProblem(answer, 403);
    assertThat(server.as(server.viewer).get(ACME + "/kpis/targets").json()).isEmpty();
  }

  @Test
  void setTarget_refusesBadInputWithAProblemDocument() {
    Http editor = server.as(server.editor);

    assertProblem(
        editor.put(ACME + "/kpis/targets/churn_a", Map.of("target", 1.5, "owner", "CS")), 400);
    assertProblem(
        editor.put(ACME + "/kpis/targets/cac_a", Map.of("target", -1, "owner", "CS")), 400);
    assertProblem(
        editor.put(ACME + "/kpis/targets/churn_a", Map.of("target", "low", "owner", "CS")), 400);
    assertProblem(
        editor.put(ACME + "/kpis/targets/churn_a", Map.of("target", 0.1, "owner", " ")), 400);
    Http.Answer unknown =
        editor.put(ACME + "/kpis/targets/happiness", Map.of("target", 0.1, "owner", "CS"));
    assertProblem(unknown, 404);
    assertThat(unknown.json().get("detail").asText()).contains("win_rate_lift_a_d");
    assertThat(server.as(server.viewer).get(ACME + "/kpis/targets").json()).isEmpty();
    assertThat(server.as(server.viewer).get(ACME + "/audit").text())
        .doesNotContain("kpi.target_set");
  }

  @Test
  void kpis_needALinkedDatasetAndSaySo() {
    publishSample();

    Http.Answer answer = server.as(server.viewer).get(ACME + "/kpis");

    assertProblem(answer, 409);
    assertThat(answer.json().get("detail").asText()).contains("zip");
  }

  /** Uploads the linked sample as a zip, derives from it and publishes; returns the version. */
  private int publishDerivedFromLinkedSample() throws Exception {
    Http editor = server.as(server.editor);
    Path zip = LinkedZip.write(files.resolve("exports.zip"), 600, 42);
    Http.Answer upload =
        editor.postFile(ACME + "/datasets?name=exports.zip", zip, "application/zip");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    long dataset = upload.json().get("id").asLong();
    Http.Answer started =
        editor.post(ACME + "/derives", Map.of("dataset", dataset, "ideal", IDEAL));
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    JsonNode job = poll(editor, started.header("Location").orElseThrow());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    int version = job.get("version").asInt();
    move(editor, version, "in_review", 1, 200);
    Http.Answer published =
        server
            .as(server.admin)
            .post(
                ACME + "/versions/" + version + "/state",
                Map.of("state", "published", "revision", 2, "override", "test data"));
    assertThat(published.status()).as(published.text()).isEqualTo(200);
    return version;
  }

  private static JsonNode kpi(JsonNode board, String key) {
    for (JsonNode k : board.get("kpis")) {
      if (k.get("kpi").asText().equals(key)) {
        return k;
      }
    }
    throw new AssertionError("no KPI " + key + " in " + board);
  }

  private static JsonNode poll(Http http, String job) throws InterruptedException {
    for (int i = 0; i < 1200; i++) {
      JsonNode state = http.get(job).json();
      if (!state.get("state").asText().matches("queued|running")) {
        return state;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish in two minutes: " + http.get(job).text());
  }
}
