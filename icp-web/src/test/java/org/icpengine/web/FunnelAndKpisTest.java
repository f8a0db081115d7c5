package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.LinkedZip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * On the linked sample uploaded as a zip, derived and published: the funnel page shows conversion
 * by tier and by channel, win rates by tier, the heat map and the missed list, and filters by
 * segment; an editor sets a KPI target on the dashboard and sees its status, and the audit log has
 * it.
 */
class FunnelAndKpisTest {
  private static final String API = "/api/v1/workspaces/acme";
  private static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";

  @TempDir static Path data;
  @TempDir static Path files;
  private static WebServer server;
  private static Http api;

  @BeforeAll
  static void publishTheLinkedSample() throws Exception {
    server = new WebServer(data);
    api = Http.anonymous(server.port()).withToken(server.adminToken);
    Path zip = LinkedZip.write(files.resolve("acme-exports.zip"), 600, 42);
    Http.Answer upload =
        api.postFile(API + "/datasets?name=acme-exports.zip", zip, "application/zip");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    Http.Answer started =
        api.post(
            API + "/derives", Map.of("dataset", upload.json().get("id").asLong(), "ideal", IDEAL));
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    JsonNode job = poll(started.header("Location").orElseThrow());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    int version = job.get("version").asInt();
    api.post(API + "/versions/" + version + "/state", Map.of("state", "in_review", "revision", 1));
    Http.Answer published =
        api.post(
            API + "/versions/" + version + "/state",
            Map.of("state", "published", "revision", 2, "override", "browser test"));
    assertThat(published.status()).as(published.text()).isEqualTo(200);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theFunnelPageShowsTiersChannelsHeatMapAndMissedList() {
    try (Browser browser = new Browser(server.port(), "funnel")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/funnel");
      var tiers = browser.driver.findElements(By.cssSelector("#funnel-tiers tbody tr"));
      assertThat(tiers).hasSizeGreaterThanOrEqualTo(2);
      assertThat(tiers.get(0).findElement(By.tagName("th")).getText()).isEqualTo("A");
      assertThat(browser.find("[data-chart=heatmap] canvas")).isNotNull();
      assertThat(browser.driver.findElements(By.cssSelector("[data-chart=stage-bars] canvas")))
          .hasSize(2);
      assertThat(browser.driver.findElements(By.cssSelector("#missed tbody tr"))).isNotEmpty();
      browser.shot("funnel");
      browser.driver.executeScript(
          "document.querySelector('[data-chart=heatmap]').scrollIntoView()");
      browser.shot("funnel-heatmap-and-missed");

      Select channel = new Select(browser.find("#f-channel"));
      String first = channel.getOptions().get(1).getAttribute("value");
      channel.selectByValue(first);
      browser.go("form.filters button");
      assertThat(browser.find("main h2").getText()).isNotBlank();
      assertThat(browser.driver.findElements(By.cssSelector("main h2")).get(0).getText())
          .endsWith("— " + first);
      browser.shot("funnel-one-channel");
    }
  }

  @Test
  void theFunnelPageFiltersByAnAccountSegmentAndExplainsAnInvalidOne() {
    try (Browser browser = new Browser(server.port(), "funnel-segment")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/funnel");
      String all = browser.find("main p").getText();
      browser.find("#f-segment").sendKeys("Industry = 'Fintech'");
      browser.go("form.filters button");
      assertThat(browser.find("[data-segment]").getText()).isEqualTo("Industry = 'Fintech'");
      assertThat(browser.find("main p").getText()).isNotEqualTo(all);
      assertThat(browser.find("#missed").getText()).doesNotContain("__c");
      browser.shot("funnel-segment");

      browser.find("#f-segment").clear();
      browser.find("#f-segment").sendKeys("Industry = 'Fintech'; DROP TABLE accounts");
      browser.go("form.filters button");
      assertThat(browser.find(".field-error").getText()).isNotBlank();
      assertThat(browser.find("#f-segment").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.driver.findElements(By.cssSelector("[data-segment]"))).isEmpty();
      browser.find("#f-segment").clear();
      browser.find("#f-segment").sendKeys("Nosuch = 1");
      browser.go("form.filters button");
      assertThat(browser.find(".field-error").getText()).contains("no column 'Nosuch'");
      browser.shot("funnel-segment-invalid");
    }
  }

  @Test
  void theTeamPagesShowOpenDealsTheScenarioAndEachTiersProductEvidence() {
    try (Browser browser = new Browser(server.port(), "teams")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/teams/sales");
      assertThat(browser.driver.findElements(By.cssSelector("#sales-open tbody tr"))).isNotEmpty();
      assertThat(browser.find("#sales-open tbody tr td:nth-child(5)").getText())
          .isIn("A", "B", "C", "D", "unscored");
      assertThat(browser.find("#sales-missed").getText()).doesNotContain("__c");
      browser.driver.executeScript("document.getElementById('sales-open').scrollIntoView()");
      browser.shot("sales-open-deals");

      browser.open("/w/acme/teams/finance");
      assertThat(browser.find("[data-scenario-nrr]").getText())
          .contains("NRR of the new customers");
      assertThat(browser.find("[data-scenario-cac]").getText()).contains("CAC per new customer");
      browser.shot("finance-scenario");

      browser.open("/w/acme/teams/product");
      assertThat(browser.driver.findElements(By.cssSelector("#product-tiers tbody tr"))).hasSize(4);
      assertThat(browser.find("table[data-tier=A]").getText())
          .contains("job to be done")
          .contains("trait");
      browser.shot("product");
    }
  }

  @Test
  void theAbmPageRanksAFileAndDownloadsItForACrm() {
    try (Browser browser = new Browser(server.port(), "abm")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/abm?top=20");
      var rows = browser.driver.findElements(By.cssSelector("#abm-targets tbody tr"));
      assertThat(rows).hasSize(20);
      assertThat(rows.get(0).findElement(By.cssSelector("td:nth-child(3)")).getText())
          .isEqualTo("A");
      browser.shot("abm");
      String href = browser.find("[data-download=salesforce]").getAttribute("href");
      Object text =
          browser.driver.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + " fetch(arguments[0]).then(r => r.text()).then(done);",
              href);
      String[] lines = text.toString().split("\n");
      assertThat(lines).hasSize(21);
      assertThat(lines[0]).startsWith("ABM_Rank__c,ABM_Expected_Win_Rate__c,ABM_Expected_CAC__c,");
      assertThat(lines[1]).startsWith("1,");
    }
  }

  @Test
  void anEditorSetsAKpiTargetAndTheDashboardShowsItsStatus() {
    try (Browser browser = new Browser(server.port(), "kpis")) {
      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open("/w/acme");
      WebElement lift = browser.find("tr[data-kpi=win_rate_lift_a_d]");
      assertThat(lift.findElement(By.cssSelector(".status")).getText()).isEqualTo("no target");
      new Select(browser.find("#kpi-key")).selectByValue("win_rate_lift_a_d");
      browser.find("#kpi-target").sendKeys("1.2");
      browser.find("#kpi-owner").sendKeys("Head of sales");
      browser.go("form.kpi-target button");

      WebElement row = browser.find("tr[data-kpi=win_rate_lift_a_d]");
      assertThat(row.getText()).contains("≥ 1.20×").contains("Head of sales");
      String status = row.findElement(By.cssSelector(".status")).getText();
      assertThat(status).isIn("on track", "at risk", "off track");
      assertThat(browser.find(".notice").getText()).contains("Set the target");
      browser.driver.executeScript("document.getElementById('kpis').scrollIntoView()");
      browser.shot("dashboard-kpi-target");
    }
    JsonNode entry = api.get(API + "/audit?limit=1").json().get(0);
    assertThat(entry.get("action").asText()).isEqualTo("kpi.target_set");
    assertThat(entry.get("actor").asText()).isEqualTo(WebServer.EDITOR);
    JsonNode board = api.get(API + "/kpis").json();
    for (JsonNode k : board.get("kpis")) {
      if (k.get("kpi").asText().equals("win_rate_lift_a_d")) {
        double value = k.get("value").asDouble();
        String expected =
            value >= 1.2
                ? "on_track"
                : k.get("ci_high").asDouble() >= 1.2 ? "at_risk" : "off_track";
        assertThat(k.get("status").asText()).isEqualTo(expected);
      }
    }
  }

  private static JsonNode poll(String job) throws InterruptedException {
    for (int i = 0; i < 3000; i++) {
      JsonNode state = api.get(job).json();
      if (!state.get("state").asText().matches("queued|running")) {
        return state;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("job did not finish in five minutes: " + api.get(job).text());
  }
}
