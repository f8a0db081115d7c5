package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The version page shows how good the score is beside Publish and lets an admin publish an unusable
 * version only with a justification; the score explorer names each automatic column match and
 * remembers the ones an editor confirms.
 */
class QualityAndMatchesTest {
  private static final String API = "/api/v1/workspaces/acme";

  @TempDir Path data;
  WebServer server;
  Http api;

  @BeforeEach
  void start() {
    server = new WebServer(data);
    api = Http.anonymous(server.port()).withToken(server.adminToken);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  /** Imports the sample ICP as version 1 and moves it to review. */
  private void importInReview(String icp) {
    assertThat(api.post(API + "/versions", icp).status()).isEqualTo(201);
    api.post(API + "/versions/1/state", Map.of("state", "in_review", "revision", 1));
  }

  @Test
  void anUnusableVersionSaysWhyAndIsPublishedOnlyWithAJustification() throws Exception {
    ObjectNode icp = (ObjectNode) new ObjectMapper().readTree(SampleIcp.get().icp());
    String reason =
        "the fit score's held-out AUC 0.512 (95 % CI 0.47–0.55) does not rule out chance";
    icp.put("usable", false);
    ((ObjectNode) icp.get("usability")).put("reason", reason);
    importInReview(icp.toString());
    try (Browser browser = new Browser(server.port(), "quality")) {
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      browser.open("/w/acme/versions/1");
      assertThat(browser.find("[data-not-usable]").getText()).contains(reason);
      assertThat(browser.find("[data-auc]").getText())
          .matches("0\\.\\d\\d \\[0\\.\\d\\d–\\d\\.\\d\\d\\]");
      assertThat(browser.find("[data-publish]").isEnabled()).isFalse();
      browser.shot("version-not-usable");
      browser.find("#override").sendKeys("pilot with sales while outcomes are re-exported");
      browser.go("[data-override] button");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("published");
    }
    JsonNode audit = api.get(API + "/audit").json();
    assertThat(audit.toString())
        .contains("version.publish_override")
        .contains("pilot with sales while outcomes are re-exported");
  }

  @Test
  void aUsableVersionShowsItsEvaluationAndPublishesAsBefore() {
    importInReview(SampleIcp.get().icp());
    try (Browser browser = new Browser(server.port(), "quality")) {
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      browser.open("/w/acme/versions/1");
      assertThat(browser.has("[data-not-usable]")).isFalse();
      assertThat(browser.has("[data-override]")).isFalse();
      assertThat(browser.find("[data-quality]").getText()).contains("Scorecard baseline");
      browser.go("[data-publish]");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("published");
    }
  }

  @Test
  void theExplorerNamesEachMatchAndRemembersTheConfirmedOnes() {
    importInReview(SampleIcp.get().icp());
    api.post(API + "/versions/1/state", Map.of("state", "published", "revision", 2));
    String prospects = SampleIcp.get().prospects().toAbsolutePath().toString();
    try (Browser browser = new Browser(server.port(), "matches")) {
      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open("/w/acme/score");
      browser.find("#prospects").sendKeys(prospects);
      browser.go("form[enctype] button[type=submit]");
      assertThat(browser.find("[data-match='Tech Stack']").getText())
          .isEqualTo("matched Tech Stack \u2190 Technologies (HubSpot synonym)");
      assertThat(browser.has("[data-prefilled]")).isFalse();
      browser.go("[data-confirm-matches]");
      browser.find("#scored");
      browser.open("/w/acme/score");
      browser.find("#prospects").sendKeys(prospects);
      browser.go("form[enctype] button[type=submit]");
      assertThat(browser.find("[data-prefilled]").isDisplayed()).isTrue();
      assertThat(browser.find("[data-match='Tech Stack']").getText())
          .isEqualTo("matched Tech Stack \u2190 Technologies (given)");
      browser.shot("explorer-prefilled");
    }
    JsonNode confirmed = api.get(API + "/column-matches").json();
    assertThat(confirmed.toString())
        .contains("\"column\":\"Tech Stack\",\"file_column\":\"Technologies\"")
        .contains("\"confirmed_by\":\"" + WebServer.EDITOR + "\"");
  }
}
