package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Defining "ideal" without SQL, in a real browser: an editor picks outcomes on the dataset's page,
 * sees the number of accounts that qualify change as the form changes (the count route answering
 * live), sees an invalid definition explained next to its field with the input kept (also when
 * submitted: 422, the same page), then derives, and the new version shows the definition.
 */
class IdealBuilderTest {
  private static final String ACME = "/api/v1/workspaces/acme";

  @TempDir Path data;

  @Test
  void anEditorDefinesIdealWithTheBuilderSeesTheCountAndDerives() {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "ideal-builder")) {
      Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
      Http.Answer upload =
          admin.postFile(
              ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv");
      assertThat(upload.status()).as(upload.text()).isEqualTo(201);
      long id = upload.json().get("id").asLong();
      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open("/w/acme/datasets/" + id);
      long byDefault = qualifying(browser, -1);
      browser.shot("01-default-count");

      browser.find("#o-not-churned").click();
      long notChurned = qualifying(browser, byDefault);
      browser.find("#o-ltv-top").click();
      long both = qualifying(browser, notChurned);
      assertThat(both).isPositive().isLessThan(notChurned);
      assertThat(notChurned).isLessThan(4000);
      String generated = browser.find("#ideal").getAttribute("value");
      assertThat(generated).contains("quantile_cont(\"LTV\", 0.75)", "NOT coalesce(\"Churned\"");
      assertThat(
              admin.get(countPath(id, "ltv-top=25%,not-churned")).json().get("ideal_rows").asLong())
          .isEqualTo(both);
      browser.show("[data-ideal-count]");
      browser.shot("02-outcomes-picked");

      WebElement top = browser.find("#ltv_top");
      top.clear();
      top.sendKeys("10");
      long tighter = qualifying(browser, both);
      assertThat(tighter).isLessThan(both);

      WebElement ideal = browser.find("#ideal");
      ideal.clear();
      ideal.sendKeys("\"Renewal Date\" > 3");
      browser.waitForText("[data-field-error=ideal]", "Renewal Date", Duration.ofSeconds(60));
      browser.shot("03-invalid-definition-live");
      browser.go("form[action$='/derive'] button[type=submit]");
      assertThat(browser.find("[data-field-error=ideal]").getText())
          .contains("the definition is not valid", "Renewal Date")
          .doesNotContain("--ideal");
      assertThat(browser.find("#ideal").getAttribute("value")).isEqualTo("\"Renewal Date\" > 3");
      assertThat(browser.find("#ideal").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("#o-ltv-top").isSelected()).isTrue();
      assertThat(browser.find("#ltv_top").getAttribute("value")).isEqualTo("10");
      assertThat(browser.find("h1").getText()).isEqualTo("customers.csv");
      browser.show("[data-field-error=ideal]");
      browser.shot("04-invalid-definition-refused-inline");

      browser.find("#ideal").clear();
      browser.find("#o-ltv-top").click();
      browser.find("#o-ltv-top").click();
      qualifying(browser, -1);
      String definition = browser.find("#ideal").getAttribute("value");
      assertThat(definition).contains("0.9)");
      browser.go("form[action$='/derive'] button[type=submit]");
      browser.waitForText("[data-job-state]", "succeeded", Duration.ofSeconds(180));
      browser.go("[data-new-version]");
      assertThat(browser.find("main").getText()).contains("accounts where " + definition);
      browser.shot("05-version-shows-the-ideal");

      browser.go("[data-report]");
      assertThat(browser.find("h1").getText()).isEqualTo("Ideal Customer Profile");
      assertThat(browser.driver.getPageSource()).contains("accounts where");
      assertThat(ChartClipping.labels(browser)).isGreaterThan(20);
      assertThat(ChartClipping.clipped(browser)).isEmpty();
      browser.shot("06-the-versions-report");
    }
  }

  @Test
  void theCountRouteExplainsAnOutcomeTheFileCannotAnswer() {
    try (WebServer server = new WebServer(data)) {
      Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
      long id =
          admin
              .postFile(
                  ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv")
              .json()
              .get("id")
              .asLong();

      Http.Answer won = admin.get(countPath(id, "won"));
      assertThat(won.status()).isEqualTo(422);
      assertThat(won.json().get("detail").asText())
          .startsWith("'won' needs a won/converted column and the file has none")
          .doesNotContain("--ideal");
      Http.Answer none =
          admin.get(ACME + "/datasets/" + id + "/ideal-count?ideal=" + encode("\"LTV\" < 0"));
      assertThat(none.status()).isEqualTo(200);
      assertThat(none.json().get("ideal_rows").asLong()).isZero();
      assertThat(none.json().get("problem").asText()).startsWith("no account qualifies");
      Http.Answer injected =
          admin.get(
              ACME + "/datasets/" + id + "/ideal-count?ideal=" + encode("1=1; DROP TABLE raw"));
      assertThat(injected.status()).isEqualTo(422);
    }
  }

  @Test
  void theClippingCheckFindsALabelOutsideItsChart() {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "chart-clipping")) {
      browser.driver.get(
          "data:text/html,<svg viewBox='0 0 100 40' width='100' height='40'>"
              + "<text x='-30' y='20'>Number of Employees</text><text x='5' y='20'>ok</text></svg>");

      assertThat(ChartClipping.labels(browser)).isEqualTo(2);
      assertThat(ChartClipping.clipped(browser))
          .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
          .contains("Number of Employees");
    }
  }

  /** Waits until the live count differs from the one before, and returns it. */
  private static long qualifying(Browser browser, long before) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(60))
        .until(
            d -> {
              String value = browser.find("[data-ideal-count]").getAttribute("data-qualify");
              if (value == null || value.isEmpty() || Long.parseLong(value) == before) {
                return null;
              }
              return Long.parseLong(value);
            });
  }

  private static String countPath(long id, String outcomes) {
    return ACME + "/datasets/" + id + "/ideal-count?outcomes=" + encode(outcomes);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
