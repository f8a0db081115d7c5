package org.icpengine.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;

/**
 * The API matches an account's keys and a CSV's columns to the model's columns as {@code icp score}
 * does — HubSpot's "Technologies" and "Country/Region" for the sample's "Tech Stack" and "Billing
 * Country" — and says so. Run against each backend by a subclass.
 */
abstract class ColumnMatchingContract extends ServerContract {
  @Test
  void anAccountWithHubSpotKeysScoresAsOneWithTheModelsNames() {
    publishSample();
    Http viewer = server.as(server.viewer);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("Industry", "Fintech");
    model.put("Tech Stack", "Snowflake; dbt");
    model.put("Billing Country", "United States");
    Map<String, Object> hubspot = new LinkedHashMap<>();
    hubspot.put("Industry", "Fintech");
    hubspot.put("Technologies", "Snowflake; dbt");
    hubspot.put("Country/Region", "United States");
    JsonNode byModel = viewer.post(ACME + "/score", Map.of("attributes", model)).json();
    JsonNode byHubSpot = viewer.post(ACME + "/score", Map.of("attributes", hubspot)).json();
    assertThat(byHubSpot.get("score")).isEqualTo(byModel.get("score"));
    assertThat(byHubSpot.get("reasons")).isEqualTo(byModel.get("reasons"));
    assertThat(byHubSpot.get("ignored")).isEmpty();
    assertThat(byModel.get("matched")).isEmpty();
    assertThat(byHubSpot.get("matched").toString())
        .contains(
            "{\"column\":\"Tech Stack\",\"key\":\"Technologies\",\"kind\":\"synonym\","
                + "\"reason\":\"HubSpot synonym\"}")
        .contains("\"column\":\"Billing Country\",\"key\":\"Country/Region\"");
    JsonNode batch =
        viewer.post(ACME + "/score/batch", List.of(Map.of("id", 1, "attributes", hubspot))).json();
    assertThat(batch.get(0).at("/result/score")).isEqualTo(byModel.get("score"));
  }

  @Test
  void aHubSpotCsvIsMatchedAndTheMatchesAreNamedInAHeader() {
    publishSample();
    Http.Answer csv =
        server
            .as(server.viewer)
            .postFile(ACME + "/score/batch", SampleIcp.get().prospects(), "text/csv");
    assertThat(csv.status()).as(csv.text()).isEqualTo(200);
    assertThat(csv.header("X-ICP-Matched-Columns"))
        .hasValueSatisfying(
            h ->
                assertThat(h)
                    .contains("Tech Stack=Technologies (HubSpot synonym)")
                    .contains("Billing Country=Country/Region (HubSpot synonym)"));
    assertThat(csv.header("X-ICP-Missing-Columns"))
        .hasValueSatisfying(h -> assertThat(h).doesNotContain("Tech Stack"));
  }

  @Test
  void theConfirmedMatchesAreReadThroughTheApi() {
    try (org.icpengine.server.store.Database db =
        org.icpengine.server.store.Database.open(
            org.icpengine.server.store.DatabaseSettings.from(
                server.environment(), server.data()))) {
      org.icpengine.server.workspace.Workspace acme =
          db.inTransaction(
              c -> org.icpengine.server.workspace.WorkspaceStore.find(c, "acme").orElseThrow());
      new org.icpengine.server.scoring.ConfirmedMatches(db, java.time.Clock.systemUTC())
          .confirm(acme, Map.of("Tech Stack", "Technologies"), "ana@acme.test");
    }
    JsonNode matches = server.as(server.viewer).get(ACME + "/column-matches").json();
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).get("column").asText()).isEqualTo("Tech Stack");
    assertThat(matches.get(0).get("file_column").asText()).isEqualTo("Technologies");
    assertThat(matches.get(0).get("confirmed_by").asText()).isEqualTo("ana@acme.test");
    assertProblem(server.as(server.globexAdmin).get(ACME + "/column-matches"), 403);
  }
}
