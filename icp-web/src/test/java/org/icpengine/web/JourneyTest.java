package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A new admin, in a real browser, from sign-in to a published ICP and a scored prospect list: sign
 * in, require a sign-off and put themselves in Sales, upload the sample customers, derive, comment,
 * submit for review, sign off, publish, look at the dashboard, score the prospects, download them.
 */
class JourneyTest {
  @TempDir Path data;

  @Test
  void fromSignInToAPublishedIcpAndAScoredProspectList() {
    SampleIcp sample = SampleIcp.get();
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "journey")) {
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      assertThat(browser.find("h1").getText()).isEqualTo("acme");
      assertThat(browser.find("main").getText()).contains("No published ICP yet");
      browser.shot("01-dashboard-empty");

      browser.open("/w/acme/settings");
      browser.find("input[name=required][value=sales]").click();
      browser.go("form[action$='/settings'] button[type=submit]");
      assertThat(browser.find(".notice").getText()).contains("Saved");
      new Select(browser.find("tr[data-member='ada@acme.test'] select[name=department]"))
          .selectByValue("sales");
      browser.go("tr[data-member='ada@acme.test'] form[action$='/members/change'] button");
      assertThat(browser.find(".notice").getText()).contains("Saved ada@acme.test");
      browser.shot("02-settings");

      browser.open("/w/acme/data");
      browser.shot("03-data");
      browser.find("#file").sendKeys(sample.customers().toAbsolutePath().toString());
      browser.go("form[enctype] button[type=submit]");
      assertThat(browser.find(".notice").getText()).contains("4,000 rows");
      assertThat(browser.find("table.data").getText()).contains("Industry", "attribute");
      browser.shot("04-dataset-profile");

      browser.go("form[action$='/derive'] button");
      browser.find("[data-job-state]");
      browser.shot("05-derive-running");
      WebElement done = waitFor(browser, "[data-new-version]", Duration.ofSeconds(180));
      browser.shot("06-derive-done");
      browser.go(done);

      browser.find("[data-state]");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("draft");
      assertThat(browser.find("main").getText()).contains("Industry is Fintech", "Technographic");
      browser.shot("07-version-draft");

      WebElement firstThread = browser.find("tr.thread details");
      firstThread.findElement(By.tagName("summary")).click();
      firstThread.findElement(By.tagName("textarea")).sendKeys("Does this hold outside Europe?");
      browser.go(firstThread.findElement(By.cssSelector("button[type=submit]")));
      assertThat(browser.find(".notice").getText()).contains("Comment added");
      assertThat(browser.driver.getPageSource()).contains("Does this hold outside Europe?");

      WebElement tierA = browser.find("#tier_a");
      tierA.clear();
      tierA.sendKeys("90");
      assertThat(browser.find("[data-preview]").getText())
          .startsWith("With these thresholds: A ")
          .endsWith("accounts.");
      browser.shot("08-draft-edit-preview");

      browser.go("form:has(input[value=in_review]) button");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("in review");
      assertThat(browser.find("[data-publish]").isEnabled()).isFalse();
      assertThat(browser.find("[data-publish-blocked]").getText()).contains("Sales");
      browser.go("tr[data-department=sales] button[value=approve]");
      assertThat(browser.find(".notice").getText()).contains("Sales approved");
      browser.shot("09-review-signed-off");
      assertThat(browser.find("[data-publish]").isEnabled()).isTrue();
      browser.go("[data-publish]");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("published");
      assertThat(browser.find(".history").getText())
          .contains("version.published", "signoff.approved");
      browser.shot("10-published");

      browser.open("/w/acme");
      assertThat(browser.find("main").getText())
          .contains("The published ICP", "Customer economics");
      browser.find("[data-chart=economics] canvas");
      browser.find("[data-chart=tiers] canvas");
      browser.shot("11-dashboard");

      browser.open("/w/acme/score");
      browser.find("#prospects").sendKeys(sample.prospects().toAbsolutePath().toString());
      browser.go("form[enctype] button[type=submit]");
      WebElement table = browser.find("#scored");
      List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
      assertThat(rows).hasSize(200);
      assertThat(browser.find("[data-matching]").getText()).startsWith("500 of 500 rows match");
      assertThat(table.findElement(By.cssSelector("thead")).getText())
          .contains("icp_tier", "icp_reasons");
      browser.shot("12-scored");
      new Select(browser.find("select[name='map:Tech Stack']")).selectByVisibleText("Technologies");
      new Select(browser.find("select[name='map:Billing Country']"))
          .selectByVisibleText("Country/Region");
      browser.go("form[aria-label='Match columns'] button");
      assertThat(browser.find("main").getText()).contains("tier A");
      browser.shot("13-scored-columns-matched");
      String href = browser.find("[data-download=csv]").getAttribute("href");
      new Select(browser.find("[data-tier-filter]")).selectByVisibleText("A");
      browser.go("[data-apply-filter]");
      List<WebElement> inTierA = browser.find("#scored").findElements(By.cssSelector("tbody tr"));
      assertThat(inTierA).hasSizeBetween(1, 200);
      assertThat(inTierA)
          .allSatisfy(
              r -> assertThat(r.findElements(By.tagName("td")).get(1).getText()).isEqualTo("A"));
      browser.shot("14-scored-tier-a");

      HttpResponse<String> download =
          Forms.get(
              server.port(), href.substring(href.indexOf("/w/")), browser.cookie("icp_session"));
      assertThat(download.statusCode()).isEqualTo(200);
      assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
          .contains("attachment");
      assertThat(download.body().lines().findFirst().orElseThrow())
          .contains("icp_score", "icp_tier");
      assertThat(download.body().lines().count()).isEqualTo(501);

      for (String page :
          List.of(
              "versions",
              "teams/demand-gen",
              "teams/sales",
              "teams/finance",
              "teams/product",
              "audit")) {
        browser.open("/w/acme/" + page);
        assertThat(browser.find("h1").getText()).isNotBlank();
        browser.shot("15-" + page.replace('/', '-'));
      }
      assertThat(browser.find("main").getText()).contains("version.published", "dataset.uploaded");
    }
  }

  private static WebElement waitFor(Browser browser, String css, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (browser.has(css)) {
        return browser.find(css);
      }
      if (browser.has(".problem")) {
        throw new AssertionError("the derive failed: " + browser.find(".problem").getText());
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
    throw new AssertionError("not on the page in time: " + css);
  }
}
