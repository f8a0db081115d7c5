package org.icpengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sign-in form over HTTP, as a browser or a forging site would post it: its own CSRF token
 * before any session exists, and only same-site addresses to go on to.
 */
class SignInTest {
  @TempDir Path data;
  WebServer server;

  @BeforeEach
  void start() {
    server = new WebServer(data);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void signIn_withTheFormsTokenStartsASession() {
    HttpResponse<String> answer =
        Forms.signIn(server.port(), WebServer.EDITOR, WebServer.PASSWORD, "/w/acme/versions");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/w/acme/versions");
    assertThat(answer.headers().allValues("Set-Cookie"))
        .anyMatch(c -> c.startsWith("icp_session="));
  }

  @Test
  void signIn_refusesAFormWithoutItsToken() {
    Forms.LoginForm form = Forms.loginForm(server.port(), "");
    assertThat(form.csrf()).hasSizeGreaterThan(40);
    Map<String, String> credentials =
        Map.of("email", WebServer.EDITOR, "password", WebServer.PASSWORD);
    assertRefused(Forms.postWithCookies(server.port(), "/login", "", credentials));
    assertRefused(Forms.postWithCookies(server.port(), "/login", form.cookie(), credentials));
    assertRefused(
        Forms.postWithCookies(server.port(), "/login", "", with(credentials, form.csrf())));
    assertRefused(
        Forms.postWithCookies(
            server.port(), "/login", form.cookie(), with(credentials, form.csrf() + "x")));
    Forms.LoginForm other = Forms.loginForm(server.port(), "");
    assertRefused(
        Forms.postWithCookies(
            server.port(), "/login", other.cookie(), with(credentials, form.csrf())));
  }

  @Test
  void loginForm_setsAStrictShortLivedCookieForSignInOnly() {
    HttpResponse<String> page = Forms.get(server.port(), "/login", "none");
    String cookie =
        page.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("icp_login="))
            .findFirst()
            .orElseThrow();
    assertThat(cookie)
        .contains("HttpOnly")
        .containsIgnoringCase("SameSite=Strict")
        .containsIgnoringCase("Path=/login");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.test",
        "/\\evil.test",
        "https://evil.test/",
        "/\t/evil.test",
        "/\r\n/evil.test",
        "javascript:alert(1)"
      })
  void signIn_goesToTheStartPageInsteadOfAnotherSite(String next) {
    HttpResponse<String> answer =
        Forms.signIn(server.port(), WebServer.EDITOR, WebServer.PASSWORD, next);
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).hasValue("/");
    String query =
        "?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Forms.loginForm(server.port(), query).next()).isEqualTo("/");
  }

  private static Map<String, String> with(Map<String, String> form, String csrf) {
    Map<String, String> more = new java.util.HashMap<>(form);
    more.put(Web.CSRF_FIELD, csrf);
    return more;
  }

  private static void assertRefused(HttpResponse<String> answer) {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
    assertThat(answer.body()).contains("sign in again");
    assertThat(answer.headers().allValues("Set-Cookie"))
        .noneMatch(c -> c.startsWith("icp_session="));
  }
}
