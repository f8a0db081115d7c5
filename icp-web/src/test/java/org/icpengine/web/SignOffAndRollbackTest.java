package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Sign-offs that mean something, in a real browser: a member signs off for their own department
 * only (a marketing member cannot approve for Finance, even by posting the form by hand), and an
 * archived version comes back only through review and sign-off again.
 */
class SignOffAndRollbackTest {
  private static final String ACME = "/api/v1/workspaces/acme";

  @TempDir Path data;

  @Test
  void aMarketingMemberCannotSignOffForFinance() {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "departments")) {
      Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
      admin.put(ACME + "/settings/signoffs", Map.of("required", List.of("marketing", "finance")));
      department(admin, WebServer.EDITOR, "editor", "marketing");
      int number = importAndReview(admin);

      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open("/w/acme/versions/" + number);
      assertThat(browser.find("[data-my-department]").getText())
          .contains("You sign off for Marketing only");
      assertThat(browser.find("tr[data-department=finance]").getText())
          .contains("a member of Finance signs off");
      assertThat(browser.find("tr[data-department=finance]").findElements(By.tagName("button")))
          .isEmpty();
      browser.show("tr[data-department=finance]");
      browser.shot("01-marketing-member-in-review");

      String session = browser.cookie("icp_session");
      String csrf = browser.find("input[name=_csrf]").getAttribute("value");
      HttpResponse<String> forFinance =
          Forms.post(
              server.port(),
              "/w/acme/versions/" + number + "/signoffs",
              session,
              Map.of("_csrf", csrf, "department", "finance", "decision", "approve"));
      assertThat(forFinance.statusCode()).isEqualTo(403);
      assertThat(forFinance.body()).contains("is in Marketing and signs off for Marketing only");

      browser.go("tr[data-department=marketing] button[value=approve]");
      assertThat(browser.find(".notice").getText()).contains("Marketing approved");
      assertThat(browser.find("tr[data-department=marketing]").getText())
          .contains("approved", WebServer.EDITOR);
      assertThat(browser.find("tr[data-department=finance]").getText()).doesNotContain("approved");
      browser.show("tr[data-department=finance]");
      browser.shot("02-marketing-approved-finance-waiting");
    }
  }

  @Test
  void anArchivedVersionIsRepublishedThroughReview() {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "rollback")) {
      Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
      admin.put(ACME + "/settings/signoffs", Map.of("required", List.of("finance")));
      department(admin, WebServer.ADMIN, "admin", "finance");
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      for (int i = 0; i < 2; i++) {
        int number = importAndReview(admin);
        browser.open("/w/acme/versions/" + number);
        browser.go("tr[data-department=finance] button[value=approve]");
        browser.go("[data-publish]");
        assertThat(browser.find("[data-state]").getText()).isEqualTo("published");
      }
      browser.open("/w/acme/versions/1");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("archived");
      browser.shot("01-archived");

      browser.go("[data-rollback]");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("in review");
      assertThat(browser.find("tr[data-department=finance]").getText()).doesNotContain("approved");
      assertThat(browser.find("[data-publish]").isEnabled()).isFalse();
      browser.show("tr[data-department=finance]");
      browser.shot("02-proposed-again");

      browser.go("tr[data-department=finance] button[value=approve]");
      browser.go("[data-publish]");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("published");
      assertThat(browser.find(".history").getText())
          .contains("version.rollback_proposed", "version.published");
      browser.shot("03-republished");
      browser.open("/w/acme/versions/2");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("archived");
      assertThat(admin.get(ACME + "/icp").json().get("number").asInt()).isEqualTo(1);
    }
  }

  private static void department(Http admin, String email, String role, String department) {
    Http.Answer set =
        admin.put(
            ACME + "/members", Map.of("email", email, "role", role, "department", department));
    assertThat(set.status()).as(set.text()).isEqualTo(200);
  }

  /** Imports the sample ICP, submits it for review, and returns its number. */
  private static int importAndReview(Http admin) {
    Http.Answer version = admin.post(ACME + "/versions", SampleIcp.get().icp());
    assertThat(version.status()).as(version.text()).isEqualTo(201);
    int number = version.json().get("number").asInt();
    Http.Answer moved =
        admin.post(
            ACME + "/versions/" + number + "/state", Map.of("state", "in_review", "revision", 1));
    assertThat(moved.status()).as(moved.text()).isEqualTo(200);
    return number;
  }
}
