package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.icpengine.testkit.Http;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * No dead ends in a draft's forms, in a real browser: an invalid threshold or an incomplete
 * disqualifier rule comes back on the version's page with the error next to the field and what was
 * typed kept, and the rule's column and value are chosen from the model's lists.
 */
class DraftFormsTest {
  @TempDir Path data;

  @Test
  void anInvalidThresholdShowsAnInlineErrorWithTheInputKept() {
    try (WebServer server = new WebServer(data);
        Browser browser = new Browser(server.port(), "draft-forms")) {
      Http admin = Http.anonymous(server.port()).withToken(server.adminToken);
      Http.Answer imported = admin.post("/api/v1/workspaces/acme/versions", SampleIcp.get().icp());
      assertThat(imported.status()).as(imported.text()).isEqualTo(201);
      browser.signIn(WebServer.EDITOR, WebServer.PASSWORD);
      browser.open("/w/acme/versions/1");
      int tierA = Integer.parseInt(browser.find("#tier_a").getAttribute("value"));
      String tooHigh = String.valueOf(tierA + 5);
      type(browser.find("#tier_b"), tooHigh);
      type(browser.find("#notes"), "B above A on purpose");
      browser.go("form[data-tier-form] button[type=submit]");

      assertThat(browser.find("[data-field-error=tier_b]").getText())
          .contains("tier B (" + tooHigh + ") must be below tier A (" + tierA + ")");
      assertThat(browser.find("#tier_b").getAttribute("value")).isEqualTo(tooHigh);
      assertThat(browser.find("#tier_b").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("#notes").getAttribute("value")).isEqualTo("B above A on purpose");
      assertThat(browser.find("h1").getText()).startsWith("Version 1");
      browser.show("[data-field-error=tier_b]");
      browser.shot("01-threshold-refused-inline");
      assertThat(admin.get("/api/v1/workspaces/acme/versions/1").json().get("revision").asInt())
          .isEqualTo(1);

      new Select(browser.find("#dq_column")).selectByValue("Industry");
      type(browser.find("#dq_reason"), "we do not sell to schools");
      browser.go("form[data-disqualifier-form] button[type=submit]");
      assertThat(browser.find("[data-field-error=dq_value]").getText())
          .contains("choose the value that disqualifies an account");
      assertThat(new Select(browser.find("#dq_column")).getFirstSelectedOption().getText())
          .isEqualTo("Industry");
      assertThat(browser.find("#dq_reason").getAttribute("value"))
          .isEqualTo("we do not sell to schools");
      browser.show("[data-field-error=dq_value]");
      browser.shot("02-disqualifier-refused-inline");

      new Select(browser.find("#dq_value")).selectByVisibleText("Retail");
      browser.go("form[data-disqualifier-form] button[type=submit]");
      assertThat(browser.find(".notice").getText()).contains("Saved the draft");
      assertThat(browser.find("main").getText()).contains("we do not sell to schools");
      browser.shot("03-disqualifier-added");
    }
  }

  private static void type(WebElement field, String text) {
    field.clear();
    field.sendKeys(text);
  }
}
