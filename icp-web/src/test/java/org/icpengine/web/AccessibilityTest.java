package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Every page of the web app, as an admin sees it (with every form shown), checked by axe-core in
 * Chromium at 1280 px wide: no serious or critical violation anywhere, the navigation on one line,
 * and the profile's fix controls within the window.
 */
class AccessibilityTest {
  private static final String ACME = "/api/v1/workspaces/acme";

  @TempDir Path data;

  @Test
  void everyPageHasNoSeriousViolationAndTheNavigationFitsOneLine() throws Exception {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "accessibility")) {
      browser.driver.manage().window().setSize(new Dimension(1280, 900));
      Map<String, List<String>> found = new LinkedHashMap<>();
      browser.open("/login");
      found.put("/login", Accessibility.seriousViolations(browser));
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      for (String page : pages(server, browser)) {
        browser.open(page);
        browser.find("main");
        found.put(page, Accessibility.seriousViolations(browser));
        browser.shot(page.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""));
        if (page.contains("/datasets/")) {
          assertThat(rightmostFixControl(browser))
              .as("the profile's fix controls fit the window without scrolling sideways")
              .isLessThanOrEqualTo(windowWidth(browser));
        }
        if (browser.has("header nav")) {
          assertThat(navigationLines(browser)).as("navigation lines on %s", page).isEqualTo(1);
        }
      }
      found.values().removeIf(List::isEmpty);
      assertThat(found).as("serious or critical axe-core violations by page").isEmpty();
    }
  }

  /** Makes one of everything and returns every page to look at. */
  private static List<String> pages(WebServer server, Browser browser) throws Exception {
    Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
    for (int i = 0; i < 2; i++) {
      assertThat(admin.post(ACME + "/versions", SampleIcp.get().icp()).status()).isEqualTo(201);
    }
    admin.post(ACME + "/versions/1/state", Map.of("state", "in_review", "revision", 1));
    admin.post(ACME + "/versions/1/state", Map.of("state", "published", "revision", 2));
    Http.Answer dataset =
        admin.postFile(
            ACME + "/datasets?name=customers.csv", SampleIcp.get().customers(), "text/csv");
    assertThat(dataset.status()).as(dataset.text()).isEqualTo(201);
    long datasetId = dataset.json().get("id").asLong();
    Http.Answer job =
        admin.post(
            ACME + "/derives", Map.of("dataset", datasetId, "ideal", "\"Industry\" = 'Nothing'"));
    String jobPath = job.header("Location").orElseThrow();
    String jobId = jobPath.substring(jobPath.lastIndexOf('/') + 1);
    for (int i = 0;
        i < 120 && !admin.get(jobPath).json().get("state").asText().equals("failed");
        i++) {
      Thread.sleep(500);
    }
    browser.open("/w/acme/score");
    browser.find("#prospects").sendKeys(SampleIcp.get().prospects().toAbsolutePath().toString());
    browser.go("form[enctype] button[type=submit]");
    browser.find("#scored");
    String scored = browser.driver.getCurrentUrl();
    List<String> pages = new ArrayList<>();
    pages.add("/");
    for (String page :
        List.of(
            "",
            "/data",
            "/datasets/" + datasetId,
            "/jobs/" + jobId,
            "/versions",
            "/versions/1",
            "/versions/2",
            "/diff?a=1&b=2",
            "/score",
            "/personas",
            "/teams/demand-gen",
            "/teams/sales",
            "/teams/finance",
            "/teams/product",
            "/audit",
            "/settings",
            "/versions/99")) {
      pages.add("/w/acme" + page);
    }
    pages.add(scored.substring(scored.indexOf("/w/")));
    return pages;
  }

  private static long rightmostFixControl(Browser browser) {
    long right = 0;
    for (WebElement control :
        browser.driver.findElements(
            By.cssSelector("form[action$='/columns'] select, form[action$='/columns'] button"))) {
      right = Math.max(right, control.getRect().getX() + control.getRect().getWidth());
    }
    assertThat(right).as("fix controls on the dataset page").isPositive();
    return right;
  }

  private static long windowWidth(Browser browser) {
    return ((Number) browser.driver.executeScript("return document.documentElement.clientWidth;"))
        .longValue();
  }

  /** Returns on how many lines the navigation's links are laid out. */
  private static int navigationLines(Browser browser) {
    Set<Integer> tops = new TreeSet<>();
    for (WebElement link : browser.driver.findElements(By.cssSelector("header nav a"))) {
      tops.add(link.getLocation().getY());
    }
    return tops.size();
  }
}
