package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.icpengine.testkit.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Changing one's password, in a real browser: a user invited with an initial password is sent to
 * choose their own at the first sign-in and on every workspace page until they do; a wrong current
 * password is explained next to its field; the change is audited without the password, the new one
 * signs in and the initial one no longer does.
 */
class PasswordChangeTest {
  private static final String NEW = "a password of my own";

  @TempDir Path data;

  @Test
  void anInvitedUserMustChooseTheirOwnPasswordAndAWrongCurrentOneIsExplainedInline() {
    try (WebServer server = new WebServer(data);
        Browser admin = new Browser(server.port(), "password-admin");
        Browser invited = new Browser(server.port(), "password-change")) {
      admin.signIn(WebServer.ADMIN, WebServer.PASSWORD);
      admin.open("/w/acme/settings");
      admin.find("#invite-email").sendKeys("new@acme.test");
      new Select(admin.find("#invite-role")).selectByValue("viewer");
      admin.go("form[action$='/members'] button[type=submit]");
      String initial = admin.find("[data-invited] [data-secret]").getText();

      invited.open("/login");
      invited.find("#email").sendKeys("new@acme.test");
      invited.find("#password").sendKeys(initial);
      invited.go("button[type=submit]");
      assertThat(invited.find("h1").getText()).isEqualTo("Change your password");
      assertThat(invited.find("[data-forced]").getText()).contains("initial password");
      invited.shot("01-forced-after-sign-in");
      invited.open("/w/acme/versions");
      assertThat(invited.find("h1").getText()).isEqualTo("Change your password");

      type(invited.find("#current"), "not the initial one");
      type(invited.find("#password"), NEW);
      type(invited.find("#repeat"), NEW);
      invited.go("[data-password-form] button[type=submit]");
      assertThat(invited.find("[data-field-error=current]").getText())
          .contains("this is not your current password");
      assertThat(invited.find("#current").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(invited.find("#password").getAttribute("value")).isEmpty();
      invited.shot("02-wrong-current-password-inline");

      type(invited.find("#current"), initial);
      type(invited.find("#password"), NEW);
      type(invited.find("#repeat"), NEW);
      invited.go("[data-password-form] button[type=submit]");
      assertThat(invited.find(".notice").getText()).contains("Your password is changed");
      assertThat(invited.find("h1").getText()).isEqualTo("Versions");
      invited.shot("03-changed");

      assertThat(signIn(server, initial).statusCode()).isEqualTo(401);
      HttpResponse<String> withNew = signIn(server, NEW);
      assertThat(withNew.statusCode()).isEqualTo(303);
      assertThat(withNew.headers().firstValue("Location")).hasValue("/");
      Http.Answer audit =
          Http.anonymous(server.port())
              .withToken(server.adminToken)
              .get("/api/v1/workspaces/acme/audit");
      assertThat(audit.text())
          .contains("user.password_changed", "new@acme.test")
          .doesNotContain(NEW, initial);
    }
  }

  private static HttpResponse<String> signIn(WebServer server, String password) {
    return Forms.signIn(server.port(), "new@acme.test", password, "/");
  }

  private static void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }
}
