package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.icpengine.server.monitor.MonitorScheduler;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.MovableClock;
import org.icpengine.testkit.PlantedAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A new dataset with planted drift raises an alarm the dashboard and the health page show with its
 * evidence; the segment page gives a verdict in words with its figures.
 */
class HealthPagesTest {
  private static final String API = "/api/v1/workspaces/acme";

  @TempDir Path data;

  @Test
  void theDashboardShowsTheDriftAlarmAndTheSegmentPageAVerdict() throws Exception {
    MovableClock clock = new MovableClock(Instant.now());
    try (WebServer server = new WebServer(data, clock)) {
      Http api = Http.anonymous(server.port()).withToken(server.adminToken);
      publish(api, PlantedAccounts.write(data, "reference.csv", 3000, PlantedAccounts.MIX, 1));
      long drifted =
          upload(api, PlantedAccounts.write(data, "drifted.csv", 1500, PlantedAccounts.DRIFTED, 3));
      clock.advance(MonitorScheduler.EVERY.plusMinutes(1));
      JsonNode health = api.get(API + "/health").json();
      for (int i = 0; i < 600 && health.get("alarms").isEmpty(); i++) {
        Thread.sleep(100);
        health = api.get(API + "/health").json();
      }
      assertThat(health.get("alarms")).as(health.toString()).hasSize(1);

      try (Browser browser = new Browser(server.port(), "health")) {
        browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
        browser.open("/w/acme");
        String panel = browser.find("#health").getText();
        assertThat(panel).contains("Last review", "Next review", "Drift alarm", "drifted.csv");
        assertThat(panel).containsPattern("industry \\(PSI 0\\.\\d{3}, q [^)]+\\)");
        browser.shot("dashboard");
        browser.go("#health a[href$='/health']");
        String alarms = browser.find("main").getText();
        assertThat(alarms).contains("Drift alarms", "reference.csv", "Re-evaluations");
        assertThat(browser.driver.findElements(By.xpath("//tbody/tr/th[text()='industry']")))
            .isNotEmpty();
        browser.shot("health");

        browser.open("/w/acme/segment");
        new Select(browser.find("select[name=dataset]")).selectByValue(String.valueOf(drifted));
        browser.find("input[name=segment]").sendKeys("region = 'APAC'");
        browser.go("form[action$='/segment'] button");
        String verdict = browser.find("#verdict h2").getText();
        assertThat(verdict)
            .matches(
                "Verdict: (fits the ICP|fits with an override .*|needs its own derivation|too few"
                    + " accounts to tell .*)");
        assertThat(browser.find("#verdict").getText()).contains("Top-tier lift", "AUC");
        browser.shot("segment");
      }
    }
  }

  private static void publish(Http api, Path file) throws InterruptedException {
    long dataset = upload(api, file);
    String job =
        api.post(API + "/derives", Map.of("dataset", dataset)).header("Location").orElseThrow();
    JsonNode state = api.get(job).json();
    for (int i = 0; i < 600 && state.get("state").asText().matches("queued|running"); i++) {
      Thread.sleep(100);
      state = api.get(job).json();
    }
    assertThat(state.get("state").asText()).as(state.toString()).isEqualTo("succeeded");
    int number = state.get("version").asInt();
    String path = API + "/versions/" + number + "/state";
    assertThat(api.post(path, Map.of("state", "in_review", "revision", 1)).status()).isEqualTo(200);
    assertThat(api.post(path, Map.of("state", "published", "revision", 2)).status()).isEqualTo(200);
  }

  private static long upload(Http api, Path file) {
    Http.Answer answer =
        api.postFile(API + "/datasets?name=" + file.getFileName(), file, "text/csv");
    assertThat(answer.status()).as(answer.text()).isEqualTo(201);
    return answer.json().get("id").asLong();
  }
}
