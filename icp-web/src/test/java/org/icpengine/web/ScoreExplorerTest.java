package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.icpengine.data.engine.Engine;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The score explorer filters, sorts and pages over every scored row on the server, downloads the
 * filtered rows, and its downloads never carry a cell a spreadsheet would run as a formula.
 */
class ScoreExplorerTest {
  private static final String ACME = "/api/v1/workspaces/acme";

  @TempDir Path data;

  @Test
  void theTierAFilterFindsEveryTierARowOfA20000RowFile() throws Exception {
    Path big = data.resolve("prospects-20000.csv");
    List<String> lines = Files.readAllLines(SampleIcp.get().prospects());
    List<String> rows = new ArrayList<>(List.of(lines.get(0)));
    while (rows.size() <= 20_000) {
      rows.addAll(lines.subList(1, Math.min(lines.size(), 20_001 - rows.size() + 1)));
    }
    Files.write(big, rows);
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "explorer")) {
      publish(server);
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      browser.open("/w/acme/score");
      browser.find("#prospects").sendKeys(big.toAbsolutePath().toString());
      browser.go("form[enctype] button[type=submit]");
      assertThat(browser.find("[data-matching]").getText()).startsWith("20,000 of 20,000 rows");

      new Select(browser.find("[data-tier-filter]")).selectByValue("A");
      browser.go("[data-apply-filter]");
      Path all = download(server, browser, "/download?format=csv");
      long tierA = count(all, "icp_tier = 'A'");
      assertThat(tierA).isGreaterThan((long) ScoredQueryPage.SIZE);
      assertThat(browser.find("[data-matching]").getText())
          .startsWith(String.format(java.util.Locale.ROOT, "%,d of 20,000 rows match", tierA));
      assertThat(tierColumn(browser)).hasSize(ScoredQueryPage.SIZE).containsOnly("A");
      browser.shot("01-tier-a-first-page");

      int pages = Integer.parseInt(browser.find("[data-pages]").getAttribute("data-pages"));
      browser.open(path(browser) + "&page=" + pages);
      assertThat(tierColumn(browser))
          .hasSize((int) (tierA - (long) (pages - 1) * ScoredQueryPage.SIZE))
          .containsOnly("A");
      assertThat(browser.find("[data-matching]").getText()).contains("–" + tierA + ".");
      browser.shot("02-tier-a-last-page");

      String filtered = browser.find("[data-download=csv]").getAttribute("href");
      Path onlyA = download(server, browser, filtered.substring(filtered.indexOf("/download")));
      assertThat(count(onlyA, "true")).isEqualTo(tierA);
      assertThat(count(onlyA, "icp_tier = 'A'")).isEqualTo(tierA);

      browser.go("th a[data-sort=icp_score]");
      List<Integer> scores = new ArrayList<>();
      for (WebElement row : browser.driver.findElements(By.cssSelector("#scored tbody tr"))) {
        scores.add(Integer.parseInt(row.findElements(By.tagName("td")).get(0).getText()));
      }
      assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(browser.find("th[aria-sort]").getText()).startsWith("icp_score");
      browser.shot("03-tier-a-sorted-by-score");
    }
  }

  @Test
  void formulaCellsInTheWebDownloadAreNeutralised() throws Exception {
    Path hostile = data.resolve("hostile.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(SampleIcp.get().prospects()));
    String[] cells = {"=1+2", "+cmd", "-cmd", "@SUM(A1)", "\tTab", "\rCr"};
    for (int i = 0; i < cells.length; i++) {
      String row = lines.get(i + 1);
      String quoted = "\"" + cells[i].replace("\"", "\"\"") + "\"";
      lines.set(
          i + 1,
          row.replaceFirst(
              ",[^,]*,", "," + java.util.regex.Matcher.quoteReplacement(quoted) + ","));
    }
    Files.write(hostile, lines);
    try (WebServer server = new WebServer(data)) {
      publish(server);
      String[] session = session(server);
      HttpResponse<String> upload =
          Forms.upload(server.port(), "/w/acme/score", session[0], session[1], "file", hostile);
      String location = upload.headers().firstValue("Location").orElseThrow();
      for (String query : List.of("?format=csv", "?format=csv&q=cmd", "?format=hubspot")) {
        HttpResponse<String> download =
            Forms.get(server.port(), location + "/download" + query, session[0]);
        assertThat(download.statusCode()).isEqualTo(200);
        String body = download.body();
        for (String cell : cells) {
          if (query.contains("q=cmd") && !cell.contains("cmd")) {
            continue;
          }
          assertThat(body).as("%s in %s", cell.strip(), query).contains("'" + cell);
          String rest = body.replace("'" + cell, "");
          assertThat(rest).as(query).doesNotContain("," + cell).doesNotContain(",\"" + cell);
        }
      }
    }
  }

  /** Rows on an explorer page. */
  private static final class ScoredQueryPage {
    static final int SIZE = org.icpengine.server.scoring.ScoredQuery.PAGE_SIZE;
  }

  private static void publish(WebServer server) {
    Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
    assertThat(admin.post(ACME + "/versions", SampleIcp.get().icp()).status()).isEqualTo(201);
    admin.post(ACME + "/versions/1/state", Map.of("state", "in_review", "revision", 1));
    Http.Answer published =
        admin.post(ACME + "/versions/1/state", Map.of("state", "published", "revision", 2));
    assertThat(published.status()).as(published.text()).isEqualTo(200);
  }

  private static String[] session(WebServer server) {
    HttpResponse<String> signedIn =
        Forms.signIn(server.port(), WebServer.ADMIN, WebServer.PASSWORD, "/");
    String cookie =
        signedIn.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("icp_session="))
            .map(c -> c.substring("icp_session=".length(), c.indexOf(';')))
            .findFirst()
            .orElseThrow();
    String csrf =
        Http.anonymous(server.port())
            .with("Cookie", "icp_session=" + cookie)
            .get("/api/v1/me")
            .json()
            .get("csrf_token")
            .asText();
    return new String[] {cookie, csrf};
  }

  private static String path(Browser browser) {
    String url = browser.driver.getCurrentUrl();
    return url.substring(url.indexOf("/w/"));
  }

  private static List<String> tierColumn(Browser browser) {
    List<String> tiers = new ArrayList<>();
    for (WebElement row : browser.driver.findElements(By.cssSelector("#scored tbody tr"))) {
      tiers.add(row.findElements(By.tagName("td")).get(1).getText());
    }
    return tiers;
  }

  /** Downloads the scored file's address (after the page's own) in the browser's session. */
  private Path download(WebServer server, Browser browser, String suffix) throws Exception {
    String page = path(browser);
    String base = page.contains("?") ? page.substring(0, page.indexOf('?')) : page;
    HttpResponse<String> answer =
        Forms.get(server.port(), base + suffix, browser.cookie("icp_session"));
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Path file = Files.createTempFile(data, "download-", ".csv");
    Files.writeString(file, answer.body());
    return file;
  }

  /** Counts the rows of a CSV file meeting the condition, read by the engine on its own. */
  private static long count(Path csv, String condition) {
    try (Engine engine = Engine.open()) {
      return engine
          .query(
              "SELECT COUNT(*) FROM read_csv("
                  + Engine.literal(engine.readable(csv).toString())
                  + ", all_varchar = true, header = true) WHERE "
                  + condition,
              r -> r.getLong(1))
          .get(0);
    }
  }
}
