package org.icpengine.server.api;

import io.javalin.http.Context;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Caller;

/**
 * Recognises the caller of every API request: an API token ({@code Authorization: Bearer …}) or a
 * browser session cookie. A session's changes (anything but GET and HEAD) must also carry its CSRF
 * token in {@code X-CSRF-Token}, so another site cannot make the browser act for the user. Tokens
 * are looked up in the database itself for changes and administration ({@link #mustBeCurrent}), in
 * the short cache only for reads.
 */
final class Authentication {
  static final String CSRF_HEADER = "X-CSRF-Token";
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Pattern ADMINISTRATION =
      Pattern.compile("/api/v1/workspaces/[^/]+/(tokens|members)(/.*)?");

  private final Access access;

  Authentication(Access access) {
    this.access = access;
  }

  /** Sets the caller on the request when its credentials are good; refuses bad ones. */
  void identify(Context ctx) {
    String authorization = ctx.header("Authorization");
    if (authorization != null) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw new ServerException(
            ServerException.Kind.UNAUTHORIZED,
            "the Authorization header must be 'Bearer icp_…' with an API token");
      }
      String token = authorization.substring(7).trim();
      Optional<Caller> caller = mustBeCurrent(ctx) ? access.tokenNow(token) : access.token(token);
      ctx.attribute(
          Calls.CALLER,
          caller.orElseThrow(
              () ->
                  new ServerException(
                      ServerException.Kind.UNAUTHORIZED,
                      "the API token is unknown or revoked: create one with icp tokens create")));
      return;
    }
    String cookie = ctx.cookie(SessionCookie.NAME);
    if (cookie == null) {
      return;
    }
    Optional<Caller> caller = access.session(cookie);
    if (caller.isEmpty()) {
      return;
    }
    if (!SAFE.contains(ctx.method().name())
        && !caller.get().csrf().equals(ctx.header(CSRF_HEADER))) {
      throw ServerException.forbidden(
          "the request lacks this session's CSRF token in " + CSRF_HEADER + ": reload the page");
    }
    ctx.attribute(Calls.CALLER, caller.get());
  }

  /**
   * Returns whether the token must be checked against the database rather than the cache: for every
   * change, and for reading tokens and members, so a revoked token stops at once.
   */
  static boolean mustBeCurrent(Context ctx) {
    return !SAFE.contains(ctx.method().name()) || ADMINISTRATION.matcher(ctx.path()).matches();
  }
}
