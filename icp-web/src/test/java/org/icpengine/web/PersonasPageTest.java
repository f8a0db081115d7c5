package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.LinkedZip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * On the linked sample uploaded as a zip, derived and published: the personas page shows the
 * persona cards with each claim's evidence, the committee table by tier, the typical won tier-A
 * committee and the committee gaps — the same personas the API answers — with no serious
 * accessibility violation.
 */
class PersonasPageTest {
  private static final String API = "/api/v1/workspaces/acme";
  private static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";

  @TempDir static Path data;
  @TempDir static Path files;
  private static WebServer server;
  private static Http api;
  private static int version;

  @BeforeAll
  static void publishTheLinkedSample() throws Exception {
    server = new WebServer(data);
    api = Http.anonymous(server.port()).withToken(server.adminToken);
    Path zip = LinkedZip.write(files.resolve("acme-exports.zip"), 1_500, 42);
    Http.Answer upload =
        api.postFile(API + "/datasets?name=acme-exports.zip", zip, "application/zip");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    Http.Answer started =
        api.post(
            API + "/derives", Map.of("dataset", upload.json().get("id").asLong(), "ideal", IDEAL));
    assertThat(started.status()).as(started.text()).isEqualTo(202);
    JsonNode job = poll(started.header("Location").orElseThrow());
    assertThat(job.get("state").asText()).as(job.toString()).isEqualTo("succeeded");
    version = job.get("version").asInt();
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
  void thePersonasPageShowsCardsWithEvidenceCommitteesAndGapsAsTheApiAnswers() {
    JsonNode json = api.get(API + "/personas").json();
    assertThat(json.get("version").asInt()).isEqualTo(version);
    assertThat(json.get("version_state").asText()).isEqualTo("published");
    assertThat(json.get("cards").size()).as(json.get("notes").toString()).isPositive();
    try (Browser browser = new Browser(server.port(), "personas")) {
      browser.driver.manage().window().setSize(new Dimension(1280, 900));
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/personas");
      List<WebElement> cards = browser.driver.findElements(By.cssSelector(".persona-card"));
      assertThat(cards).hasSize(json.get("cards").size());
      JsonNode first = json.get("cards").get(0);
      assertThat(cards.get(0).findElement(By.tagName("h3")).getText())
          .containsIgnoringCase(first.get("label").asText());
      assertThat(cards.get(0).getText())
          .contains("Who", "Role in the decision", "Evidence:")
          .contains(first.at("/claims/1/evidence").asText());
      List<WebElement> lifts =
          browser.driver.findElements(By.cssSelector("#committee-lifts tbody tr"));
      assertThat(lifts).isNotEmpty();
      assertThat(lifts.get(0).findElement(By.cssSelector("td:last-child")).getText())
          .isEqualTo("yes");
      assertThat(browser.find("#won-committee").getText()).contains("won tier-A deals");
      assertThat(browser.find("#committee-gaps").getText())
          .contains(json.at("/committee_gaps/0/text").asText());
      assertThat(Accessibility.seriousViolations(browser)).isEmpty();
      browser.shot("personas");
      browser.driver.executeScript("document.getElementById('committee-lifts').scrollIntoView()");
      browser.shot("personas-committees-and-gaps");

      new Select(browser.find("#p-tier")).selectByValue("A");
      browser.go("form.filters button");
      assertThat(browser.find("#committee-lifts").findElement(By.xpath("..")).getText())
          .contains("— tier A");
      assertThat(browser.driver.findElements(By.cssSelector("#committee-lifts tbody tr")).size())
          .isEqualTo(tested(json, "A"));
      browser.shot("personas-tier-a");
    }
  }

  @Test
  void theApiRefusesAVersionThatIsNotANumberOrUnknown() {
    Http.Answer bad = api.get(API + "/personas?version=first");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("detail").asText()).contains("version=first");
    assertThat(api.get(API + "/personas?version=99").status()).isEqualTo(404);
    assertThat(api.get(API + "/personas?version=" + version).json().get("version").asInt())
        .isEqualTo(version);
  }

  private static long tested(JsonNode json, String tier) {
    long n = 0;
    for (JsonNode lift : json.get("lifts")) {
      if (lift.get("tier").asText().equals(tier)
          && lift.get("deals_with").asLong() >= 10
          && lift.get("deals_with").asLong() < lift.get("deals").asLong()) {
        n++;
      }
    }
    return n;
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
