package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;

/**
 * What each role may do is decided on the server, not by hidden buttons; every form needs its CSRF
 * token; whatever a file holds is shown as text.
 */
class RolesAndSafetyTest {
  private static final String VERSION = "/w/acme/versions/1";

  @TempDir Path data;
  WebServer server;

  @BeforeEach
  void start() {
    server = new WebServer(data);
    Http api = Http.anonymous(server.port()).withToken(server.adminToken);
    assertThat(api.post("/api/v1/workspaces/acme/versions", SampleIcp.get().icp()).status())
        .isEqualTo(201);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void publish() {
    Http api = Http.anonymous(server.port()).withToken(server.adminToken);
    api.post(
        "/api/v1/workspaces/acme/versions/1/state", Map.of("state", "in_review", "revision", 1));
    api.post(
        "/api/v1/workspaces/acme/versions/1/state", Map.of("state", "published", "revision", 2));
  }

  @Test
  void viewersSeeNoEditingAndTheServerRefusesTheirEdits() {
    try (Browser browser = new Browser(server.port(), "viewer")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open(VERSION);
      browser.find("[data-state]");
      assertThat(browser.has("form[action$='/edit']")).isFalse();
      assertThat(browser.has("form[action$='/state']")).isFalse();
      assertThat(browser.has("[data-tier-form]")).isFalse();
      browser.shot("version-as-viewer");
      String session = browser.cookie("icp_session");
      String csrf = browser.find("input[name=_csrf]").getAttribute("value");
      HttpResponse<String> edit =
          Forms.post(
              server.port(),
              VERSION + "/edit",
              session,
              Map.of("_csrf", csrf, "revision", "1", "notes", "viewer was here"));
      assertThat(edit.statusCode()).isEqualTo(403);
      assertThat(edit.body()).contains("needs the editor role");
      browser.open("/w/acme/data");
      assertThat(browser.has("form[enctype]")).isFalse();
      HttpResponse<String> derive =
          Forms.post(server.port(), "/w/acme/datasets/1/derive", session, Map.of("_csrf", csrf));
      assertThat(derive.statusCode()).isEqualTo(403);
    }
    assertThat(notes()).isEqualTo("imported icp.json");
  }

  @Test
  void editorsCannotPublishEvenByPostingTheForm() {
    try (Browser browser = new Browser(server.port(), "editor")) {
      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open(VERSION);
      assertThat(browser.has("[data-tier-form]")).isTrue();
      browser.go("form:has(input[value=in_review]) button");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("in review");
      assertThat(browser.has("[data-publish]")).isFalse();
      browser.shot("version-in-review-as-editor");
      String session = browser.cookie("icp_session");
      String csrf = browser.find("input[name=_csrf]").getAttribute("value");
      HttpResponse<String> publish =
          Forms.post(
              server.port(),
              VERSION + "/state",
              session,
              Map.of("_csrf", csrf, "revision", "2", "state", "published"));
      assertThat(publish.statusCode()).isEqualTo(403);
      assertThat(publish.body()).contains("needs the admin role");
      HttpResponse<String> settings =
          Forms.post(
              server.port(),
              "/w/acme/settings",
              session,
              Map.of("_csrf", csrf, "required", "sales"));
      assertThat(settings.statusCode()).isEqualTo(403);
    }
    Http api = Http.anonymous(server.port()).withToken(server.adminToken);
    assertThat(api.get("/api/v1/workspaces/acme/versions/1").json().get("state").asText())
        .isEqualTo("in_review");
  }

  @Test
  void formsWithoutTheSessionsCsrfTokenAreRefused() {
    try (Browser browser = new Browser(server.port(), "csrf")) {
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      String session = browser.cookie("icp_session");
      HttpResponse<String> forged =
          Forms.post(
              server.port(),
              VERSION + "/edit",
              session,
              Map.of("revision", "1", "notes", "from another site"));
      assertThat(forged.statusCode()).isEqualTo(403);
      assertThat(forged.body()).contains("CSRF");
      HttpResponse<String> wrong =
          Forms.post(
              server.port(),
              VERSION + "/edit",
              session,
              Map.of("_csrf", "guess", "revision", "1", "notes", "from another site"));
      assertThat(wrong.statusCode()).isEqualTo(403);
    }
    assertThat(notes()).isEqualTo("imported icp.json");
  }

  @Test
  void aCompanyNamedLikeMarkupIsShownAsText() throws Exception {
    publish();
    Path prospects = data.resolve("evil.csv");
    Files.writeString(
        prospects,
        "Company name,Industry,Number of Employees\n"
            + "\"<img src=x onerror=alert(1)>\",Fintech,500\n"
            + "\"<script>alert(2)</script>\",Education,20\n");
    try (Browser browser = new Browser(server.port(), "escaping")) {
      browser.signIn(WebServer.VIEWER, WebServer.PASSWORD);
      browser.open("/w/acme/score");
      browser.find("#prospects").sendKeys(prospects.toAbsolutePath().toString());
      browser.go("form[enctype] button[type=submit]");
      assertThat(browser.find("#scored").getText())
          .contains("<img src=x onerror=alert(1)>", "<script>alert(2)</script>");
      assertThat(browser.has("img[src=x]")).isFalse();
      assertThat(browser.driver.getPageSource()).contains("&lt;img src=x onerror=alert(1)&gt;");
      assertThatThrownBy(() -> browser.driver.switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);
      browser.shot("escaped-company-names");
    }
  }

  @Test
  void signedOutVisitorsAreSentToSignIn() {
    HttpResponse<String> page = Forms.get(server.port(), VERSION, "none");
    assertThat(page.statusCode()).isEqualTo(303);
    assertThat(page.headers().firstValue("Location").orElse("")).startsWith("/login?next=");
    HttpResponse<String> wrong =
        Forms.signIn(server.port(), WebServer.ADMIN, "not the password", "/");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("wrong e-mail address or password");
  }

  private String notes() {
    Http api = Http.anonymous(server.port()).withToken(server.adminToken);
    try {
      return new ObjectMapper()
          .readTree(api.get("/api/v1/workspaces/acme/versions/1").text())
          .get("notes")
          .asText();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
