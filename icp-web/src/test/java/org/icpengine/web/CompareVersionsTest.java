package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two versions compared: the removed trait, the new threshold and the accounts that move tier. */
class CompareVersionsTest {
  private static final String API = "/api/v1/workspaces/acme";

  @TempDir Path data;

  @Test
  void showsWhatChangedAndHowManyAccountsChangeTier() throws Exception {
    try (WebServer server = new WebServer(data)) {
      Http api = Http.anonymous(server.port()).withToken(server.adminToken);
      long dataset =
          api.postFile(
                  API + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv")
              .json()
              .get("id")
              .asLong();
      String job =
          api.post(API + "/derives", Map.of("dataset", dataset)).header("Location").orElseThrow();
      JsonNode state = api.get(job).json();
      for (int i = 0; i < 600 && state.get("state").asText().matches("queued|running"); i++) {
        Thread.sleep(100);
        state = api.get(job).json();
      }
      assertThat(state.get("state").asText()).isEqualTo("succeeded");
      assertThat(api.post(API + "/versions", SampleIcp.get().icp()).status()).isEqualTo(201);
      int tierA = api.get(API + "/versions/1").json().at("/icp/fit_model/tiers/A").asInt();
      assertThat(tierA).as("version 1's tier A threshold").isPositive().isNotEqualTo(90);
      Http.Answer edited =
          api.patch(
              API + "/versions/2",
              Map.of(
                  "revision", 1,
                  "tiers", Map.of("A", 90, "B", 57, "C", 43),
                  "remove_traits", List.of("Industry is Retail")));
      assertThat(edited.status()).as(edited.text()).isEqualTo(200);

      try (Browser browser = new Browser(server.port(), "compare")) {
        browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
        browser.open("/w/acme/versions");
        browser.go("form[action$='/diff'] button");
        assertThat(browser.find("h1").getText()).isEqualTo("Version 1 → version 2");
        assertThat(browser.find("[data-diff]").getText()).contains("Industry is Retail removed");
        assertThat(browser.find("main").getText()).contains("Tier A from " + tierA + " 90");
        String moved = browser.find("[data-tier-changes]").getText();
        assertThat(moved).matches("[1-9][0-9]* of 4000 accounts change tier.*");
        browser.shot("diff");
      }
    }
  }
}
