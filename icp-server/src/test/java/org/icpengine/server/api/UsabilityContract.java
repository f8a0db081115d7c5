package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.icp.Derivation;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.sample.SampleCompany;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.Test;

/**
 * The quality gate through the API: an ICP derived from the sample customers with their outcomes
 * shuffled is not usable, is refused publishing, and is published only on an admin's written
 * justification, which the audit log keeps. Run against each backend by a subclass.
 */
abstract class UsabilityContract extends ServerContract {
  private static String shuffled;

  /** The icp.json of the sample with its outcome columns shuffled (seed 7), derived once. */
  static synchronized String shuffledIcp() {
    if (shuffled == null) {
      try (Engine engine = Engine.open("1GB")) {
        Path dir = Files.createDirectories(Path.of("target", "shuffled-icp"));
        Path customers =
            SampleCompany.builder()
                .seed(42)
                .shuffledOutcomes(7)
                .deals(0)
                .prospects(0)
                .build()
                .write(dir)
                .customers();
        Dataset dataset = Dataset.open(engine, customers, DatasetOptions.defaults());
        shuffled =
            IcpJson.of(
                    Derivation.derive(
                        dataset, customers, DeriveOptions.defaults(), Clock.systemUTC()))
                .toString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shuffled;
  }

  private int importShuffled() {
    Http.Answer answer = server.as(server.editor).post(ACME + "/versions", shuffledIcp());
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    int number = answer.json().get("number").asInt();
    move(server.as(server.editor), number, "in_review", 1, 200);
    return number;
  }

  private static Http.Answer publish(Http http, int number, String override) {
    return http.post(
        ACME + "/versions/" + number + "/state",
        Map.of("state", "published", "revision", 2, "override", override));
  }

  @Test
  void anUnusableVersionIsRefusedPublishingWithTheReason() {
    int number = importShuffled();
    Http.Answer refused = move(server.as(server.admin), number, "published", 2, 409);
    assertProblem(refused, 409);
    assertThat(refused.json().get("detail").asText())
        .contains("version " + number + " is not usable")
        .contains("does not rule out chance")
        .contains("override");
    assertProblem(publish(server.as(server.admin), number, "   "), 409);
    assertProblem(publish(server.as(server.editor), number, "we know"), 403);
    assertProblem(
        server.as(server.viewer).post(ACME + "/score", Map.of("attributes", Map.of())), 409);
  }

  @Test
  void anAdminPublishesItWithAWrittenJustificationKeptInTheAuditLog() {
    int number = importShuffled();
    String why = "pilot for the sales team; outcomes are being re-exported";
    Http.Answer published = publish(server.as(server.admin), number, why);
    assertThat(published.status()).as(published.text()).isEqualTo(200);
    assertThat(published.json().get("state").asText()).isEqualTo("published");
    JsonNode audit = server.as(server.admin).get(ACME + "/audit").json();
    JsonNode override = null;
    for (JsonNode entry : audit) {
      if (entry.get("action").asText().equals("version.publish_override")) {
        override = entry;
      }
    }
    assertThat(override).as(audit.toString()).isNotNull();
    assertThat(override.get("actor").asText()).isEqualTo("token admin");
    assertThat(override.get("detail").asText()).contains("does not rule out chance").endsWith(why);
  }

  @Test
  void aUsableVersionPublishesWithoutJustificationAndRecordsNoOverride() {
    publishSample();
    JsonNode audit = server.as(server.admin).get(ACME + "/audit").json();
    for (JsonNode entry : audit) {
      assertThat(entry.get("action").asText()).isNotEqualTo("version.publish_override");
    }
  }
}
