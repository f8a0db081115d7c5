package org.icpengine.web.page;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.icpengine.server.access.Secrets;

/**
 * The sign-in form's CSRF token, before there is a session: the form page sets a random value both
 * in a short-lived cookie (HttpOnly, SameSite=Strict, only for {@code /login}) and in a hidden
 * field; signing in needs both, equal. Another site can post the form but can neither read nor set
 * the cookie, so it cannot sign a victim's browser into the attacker's account (login CSRF).
 */
final class LoginCsrf {
  /** The pre-session cookie. */
  static final String COOKIE = "icp_login";

  /** The hidden field, the same name as the session forms' field. */
  static final String FIELD = org.icpengine.web.Web.CSRF_FIELD;

  private static final String PATH = "/login";
  private static final int LIFETIME_SECONDS = 3600;

  private LoginCsrf() {}

  /** Sets a fresh token's cookie on the answer and returns the token for the form. */
  static String issue(Context ctx, boolean secure) {
    String token = Secrets.random();
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath(PATH);
    cookie.setMaxAge(LIFETIME_SECONDS);
    ctx.cookie(cookie);
    return token;
  }

  /**
   * Returns whether the posted form carries the token of its cookie (compared in constant time).
   */
  static boolean matches(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    String field = ctx.formParam(FIELD);
    return cookie != null
        && field != null
        && !cookie.isEmpty()
        && MessageDigest.isEqual(
            cookie.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8));
  }

  /** Removes the cookie once signed in. */
  static void end(Context ctx) {
    ctx.removeCookie(COOKIE, PATH);
  }
}
