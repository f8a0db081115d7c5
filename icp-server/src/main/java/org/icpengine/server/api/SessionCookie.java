package org.icpengine.server.api;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.util.Optional;
import org.icpengine.server.access.Access;

/**
 * The browser session's cookie, the same for the API and the web app: HttpOnly, SameSite=Lax,
 * Secure when served over TLS, living as long as the session.
 */
public final class SessionCookie {
  /** The cookie's name. */
  public static final String NAME = "icp_session";

  private SessionCookie() {}

  /** Sets the cookie of a new session on the answer. */
  public static void set(Context ctx, Access.NewSession session, boolean secure) {
    Cookie cookie = new Cookie(NAME, session.cookie());
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    cookie.setSameSite(SameSite.LAX);
    cookie.setPath("/");
    cookie.setMaxAge((int) Access.SESSION.toSeconds());
    ctx.cookie(cookie);
  }

  /** Returns the request's session cookie, if any. */
  public static Optional<String> of(Context ctx) {
    return Optional.ofNullable(ctx.cookie(NAME));
  }

  /** Ends the request's session, if any, and removes its cookie. */
  public static void end(Context ctx, Access access) {
    of(ctx).ifPresent(access::signOut);
    ctx.removeCookie(NAME, "/");
  }
}
