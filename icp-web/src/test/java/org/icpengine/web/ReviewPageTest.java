package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.icpengine.testkit.EnrichmentZip;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * On a zip of exports whose enrichment file leaves 12 pairs in the review band: the dataset page
 * links to the review, the review page lists the pairs a page at a time with the progress, an
 * editor decides with the keyboard (the first waiting pair's Accept has the focus; Enter, R and S),
 * the decisions are the API's, and assembling again links the accepted pair. A viewer sees the
 * pairs without the buttons. Screenshots under target/screenshots/review.
 */
class ReviewPageTest {
  private static final String API = "/api/v1/workspaces/acme";

  @TempDir static Path data;
  @TempDir static Path files;
  private static WebServer server;
  private static Http api;
  private static long dataset;

  @BeforeAll
  static void uploadExportsWithReviewPairs() throws Exception {
    server = new WebServer(data);
    api = Http.anonymous(server.port()).withToken(server.adminToken);
    Path zip = EnrichmentZip.write(files.resolve("exports.zip"), 12);
    Http.Answer upload = api.postFile(API + "/datasets?name=exports.zip", zip, "application/zip");
    assertThat(upload.status()).as(upload.text()).isEqualTo(201);
    dataset = upload.json().get("id").asLong();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void anEditorDecidesWithTheKeyboardAndTheNextAssembleUsesTheDecisions() {
    try (Browser browser = new Browser(server.port(), "review")) {
      browser.driver.manage().window().setSize(new Dimension(1280, 1000));
      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open("/w/acme/datasets/" + dataset);
      assertThat(browser.find("#match-review").getText())
          .contains("12 pairs waited for review at the upload");
      browser.go("#match-review a");
      assertThat(browser.find(".review-progress").getText()).contains("0 of 12 reviewed");
      assertThat(rows(browser)).hasSize(10);
      assertThat(rows(browser).get(0).getText())
          .contains("Vandelay Industries", "United States", "Germany", "account A1", "review")
          .contains("different country");
      assertThat(Accessibility.seriousViolations(browser)).isEmpty();
      browser.shot("review-page-1");

      WebElement focused = browser.driver.switchTo().activeElement();
      assertThat(focused.getText()).isEqualTo("Accept");
      browser.go(focused); // Enter on the focused button submits the same way
      assertThat(browser.find(".notice").getText())
          .contains("Accepted: tech line 3 'Vandelay Industries' → account A1")
          .contains("1 of 12 reviewed");
      pressOnFocus(browser, "r");
      assertThat(browser.find(".notice").getText()).contains("Rejected").contains("Initech");
      pressOnFocus(browser, "s");
      assertThat(browser.find(".notice").getText()).contains("Skipped").contains("Soylent Foods");
      assertThat(browser.find(".review-progress").getText())
          .contains("2 of 12 reviewed")
          .contains("1 accepted · 1 rejected · 1 skipped · 9 waiting");
      browser.shot("review-after-three-decisions");
      browser.go("nav.pages a[rel=next]");
      assertThat(browser.find("nav.pages").getText()).contains("Page 2 of 2");
      assertThat(rows(browser)).hasSize(2);
      assertThat(rows(browser).get(0).getText()).contains("Vandelay Industries", "accepted");
      assertThat(rows(browser).get(1).getText()).contains("Initech", "rejected");

      JsonNode listed = api.get(API + "/datasets/" + dataset + "/match-review").json();
      assertThat(listed.get("accepted").asInt()).isEqualTo(1);
      assertThat(listed.get("rejected").asInt()).isEqualTo(1);

      browser.open("/w/acme/datasets/" + dataset);
      assertThat(browser.find("#match-review").getText())
          .contains("10 of 12 pairs wait for review (2 reviewed)");
      browser.go("#match-review a");
      browser.go("form[action$='/reassemble'] button");
      assertThat(browser.find(".notice").getText())
          .contains("Assembled exports.zip again with the review decisions");
      long again = Long.parseLong(browser.driver.getCurrentUrl().replaceAll(".*/datasets/", ""));
      JsonNode profile = api.get(API + "/datasets/" + again).json().get("profile");
      assertThat(profile.at("/linked/enrichment/0").asText())
          .contains("1 accepted and 10 waiting")
          .contains("1 rejected");
      browser.shot("review-reassembled-dataset");
    }
  }

  @Test
  void aViewerSeesThePairsWithoutTheButtons() {
    try (Browser browser = new Browser(server.port(), "review-viewer")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/datasets/" + dataset + "/review");
      assertThat(rows(browser)).hasSize(10);
      assertThat(browser.driver.findElements(By.cssSelector("form.decide"))).isEmpty();
      assertThat(browser.driver.findElements(By.cssSelector("form[action$='/reassemble']")))
          .isEmpty();
      browser.shot("review-as-viewer");
    }
  }

  private static List<WebElement> rows(Browser browser) {
    browser.find("table.review");
    return browser.driver.findElements(By.cssSelector("table.review tbody tr"));
  }

  /** Presses a key on the focused element (the first waiting pair's Accept) and waits. */
  private static void pressOnFocus(Browser browser, String key) {
    WebElement page = browser.driver.findElement(By.tagName("html"));
    browser.driver.switchTo().activeElement().sendKeys(key);
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver, java.time.Duration.ofSeconds(60))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(page));
  }
}
