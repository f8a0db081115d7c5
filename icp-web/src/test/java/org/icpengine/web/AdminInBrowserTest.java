package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * An admin, in a real browser, manages the workspace without a terminal: invites someone (a refused
 * address comes back next to its field with what was typed), changes their role and department,
 * creates an API token and revokes it, removes the member, imports an icp.json — each audited, no
 * secret shown twice or written to the audit log.
 */
class AdminInBrowserTest {
  @TempDir Path data;

  @Test
  void anAdminInvitesSomeoneAndCreatesAndRevokesAToken() throws Exception {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "admin")) {
      browser.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      browser.open("/w/acme/settings");
      browser.find("#invite-email").sendKeys("not-an-address");
      browser.go("form[action$='/members'] button[type=submit]");
      assertThat(browser.find("#invite-error").getText()).contains("not an e-mail address");
      assertThat(browser.find("#invite-email").getAttribute("value")).isEqualTo("not-an-address");
      browser.show("#invite-error");
      browser.shot("01-invite-refused");

      WebElement email = browser.find("#invite-email");
      email.clear();
      email.sendKeys("new@acme.test");
      new Select(browser.find("#invite-role")).selectByValue("editor");
      browser.go("form[action$='/members'] button[type=submit]");
      String password = browser.find("[data-invited] [data-secret]").getText();
      assertThat(password).hasSize(20);
      assertThat(browser.find("tr[data-member='new@acme.test']").isDisplayed()).isTrue();
      browser.shot("02-invited");
      HttpResponse<String> signedIn = Forms.signIn(server.port(), "new@acme.test", password, "/");
      assertThat(signedIn.headers().allValues("Set-Cookie"))
          .anySatisfy(c -> assertThat(c).startsWith("icp_session="));
      browser.open("/w/acme/settings");
      assertThat(browser.driver.getPageSource()).doesNotContain(password);

      new Select(browser.find("tr[data-member='new@acme.test'] select[name=role]"))
          .selectByValue("viewer");
      new Select(browser.find("tr[data-member='new@acme.test'] select[name=department]"))
          .selectByValue("finance");
      browser.go("tr[data-member='new@acme.test'] form[action$='/members/change'] button");
      assertThat(browser.find(".notice").getText()).contains("Saved new@acme.test");
      assertThat(
              new Select(browser.find("tr[data-member='new@acme.test'] select[name=department]"))
                  .getFirstSelectedOption()
                  .getText())
          .isEqualTo("Finance");

      browser.find("#token-name").sendKeys("crm-sync");
      new Select(browser.find("#token-role")).selectByValue("viewer");
      browser.go("form[action$='/tokens'] button[type=submit]");
      String token = browser.find("[data-token-created] [data-secret]").getText();
      assertThat(token).startsWith("icp_");
      browser.show("[data-token-created]");
      browser.shot("03-token-created");
      Http api = Http.anonymous(server.port()).withToken(token);
      assertThat(api.get("/api/v1/workspaces/acme/versions").status()).isEqualTo(200);
      browser.go("tr[data-token='crm-sync'] form[action$='/tokens/revoke'] button");
      assertThat(browser.find(".notice").getText()).contains("Revoked token");
      assertThat(browser.find("tr[data-token='crm-sync']").getText()).contains("revoked");
      assertThat(api.get("/api/v1/workspaces/acme/versions").status()).isEqualTo(401);
      browser.show("tr[data-token='crm-sync']");
      browser.shot("04-token-revoked");

      browser.go("tr[data-member='new@acme.test'] form[action$='/members/remove'] button");
      assertThat(browser.find(".notice").getText()).contains("Removed new@acme.test");
      assertThat(browser.has("tr[data-member='new@acme.test']")).isFalse();

      Path icp = data.resolve("icp.json");
      Files.writeString(icp, SampleIcp.get().icp());
      browser.open("/w/acme/versions");
      browser.find("#icp-file").sendKeys(icp.toAbsolutePath().toString());
      browser.go("form[action$='/versions/import'] button");
      assertThat(browser.find(".notice").getText()).contains("Imported icp.json as version 1");
      assertThat(browser.find("[data-state]").getText()).isEqualTo("draft");

      browser.open("/w/acme/audit");
      String audit = browser.find("main").getText();
      assertThat(audit)
          .contains(
              "member.invited",
              "member.set",
              "member.removed",
              "token.created",
              "token.revoked",
              "version.imported")
          .doesNotContain(password)
          .doesNotContain(token);
      browser.shot("05-audit");
    }
  }

  @Test
  void onlyAnAdminManagesPeopleAndTokensEvenWhenPostingTheFormByHand() {
    try (WebServer server = new WebServer(data)) {
      HttpResponse<String> editor =
          Forms.signIn(server.port(), WebServer.EDITOR, WebServer.PASSWORD, "/");
      String session =
          editor.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("icp_session="))
              .map(c -> c.substring("icp_session=".length(), c.indexOf(';')))
              .findFirst()
              .orElseThrow();
      String csrf =
          Http.anonymous(server.port())
              .with("Cookie", "icp_session=" + session)
              .get("/api/v1/me")
              .json()
              .get("csrf_token")
              .asText();
      Map<String, String> invite = Map.of("_csrf", csrf, "email", "x@acme.test", "role", "admin");
      assertThat(Forms.post(server.port(), "/w/acme/members", session, invite).statusCode())
          .isEqualTo(403);
      Map<String, String> token = Map.of("_csrf", csrf, "name", "mine", "role", "admin");
      assertThat(Forms.post(server.port(), "/w/acme/tokens", session, token).statusCode())
          .isEqualTo(403);
      Map<String, String> noCsrf = Map.of("email", WebServer.VIEWER);
      assertThat(Forms.post(server.port(), "/w/acme/members/remove", session, noCsrf).statusCode())
          .isEqualTo(403);
      assertThat(Forms.get(server.port(), "/w/acme/settings", session).body())
          .doesNotContain("Create a token")
          .doesNotContain("Invite someone");
    }
  }
}
