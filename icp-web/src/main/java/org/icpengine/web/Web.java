package org.icpengine.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Caller;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.api.SessionCookie;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.web.view.Frame;

/**
 * What every page needs from a request: the signed-in user (or a redirect to sign in), the
 * workspace with the role checked on the server, the CSRF check of forms, and the page's frame.
 */
public final class Web {
  /** The form field carrying the CSRF token. */
  public static final String CSRF_FIELD = "_csrf";

  private static final String CALLER = "icp.web.caller";
  private static final String NOTICE = "icp_notice";

  private Web() {}

  /** Thrown to send a browser without a session to the sign-in page. */
  static final class SignInFirst extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /** Returns the signed-in user, or sends the browser to sign in. */
  public static Caller caller(Context ctx, Services services) {
    Caller known = ctx.attribute(CALLER);
    if (known != null) {
      return known;
    }
    Optional<Caller> caller = SessionCookie.of(ctx).flatMap(services.access()::session);
    if (caller.isEmpty()) {
      throw new SignInFirst();
    }
    ctx.attribute(CALLER, caller.get());
    return caller.get();
  }

  /**
   * Checks a form's CSRF token against the session's.
   *
   * @throws ServerException 403 when it is missing or wrong
   */
  public static void checkForm(Context ctx, Services services) {
    Caller caller = caller(ctx, services);
    String sent = ctx.formParam(CSRF_FIELD);
    if (sent == null
        || !java.security.MessageDigest.isEqual(
            sent.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            caller.csrf().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw ServerException.forbidden(
          "the form is out of date or from another site (no valid CSRF token): reload the page"
              + " and try again");
    }
  }

  /** Thrown to send a user whose password is an initial one to choose their own first. */
  static final class ChangePasswordFirst extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Returns the workspace in the path, checking the user has at least the role there; a user still
   * on an initial password is sent to choose their own first.
   */
  public static Workspace workspace(Context ctx, Services services, Role needed) {
    Caller caller = caller(ctx, services);
    Workspace workspace = services.workspace(caller, ctx.pathParam("workspace"), needed);
    if (services.access().mustChangePassword(caller)) {
      throw new ChangePasswordFirst();
    }
    return workspace;
  }

  /** Returns the frame of a workspace page. */
  public static Frame frame(
      Context ctx, Services services, Workspace workspace, String title, String current) {
    Caller caller = caller(ctx, services);
    Role role = services.access().roleIn(caller, workspace);
    return new Frame(
        title,
        caller.actor(),
        workspace.name(),
        role.key(),
        workspaceNames(services, caller),
        caller.csrf(),
        current,
        takeNotice(ctx));
  }

  /** Returns the frame of a page outside any workspace. */
  public static Frame frame(Context ctx, Services services, String title) {
    Caller caller = caller(ctx, services);
    return new Frame(
        title, caller.actor(), "", "", workspaceNames(services, caller), caller.csrf(), "", "");
  }

  /** Returns the names of the user's workspaces. */
  public static List<String> workspaceNames(Services services, Caller caller) {
    List<String> names = new ArrayList<>();
    for (Workspace w :
        services.database().inTransaction(db -> WorkspaceStore.of(db, caller.userId()))) {
      names.add(w.name());
    }
    return names;
  }

  /**
   * Returns a whole-number path parameter.
   *
   * @throws ServerException 404 when it is not a number
   */
  public static long id(Context ctx, String name) {
    try {
      return Long.parseLong(ctx.pathParam(name));
    } catch (NumberFormatException e) {
      throw ServerException.notFound("no such page: '" + ctx.pathParam(name) + "' is not a number");
    }
  }

  /** Redirects after a change, with a message for the next page (post/redirect/get). */
  public static void redirect(Context ctx, String location, String notice) {
    if (notice != null && !notice.isEmpty()) {
      ctx.cookie(
          new io.javalin.http.Cookie(
              NOTICE,
              java.net.URLEncoder.encode(notice, java.nio.charset.StandardCharsets.UTF_8),
              "/",
              30,
              false,
              0,
              true,
              null,
              null,
              io.javalin.http.SameSite.LAX));
    }
    ctx.redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private static String takeNotice(Context ctx) {
    String notice = ctx.cookie(NOTICE);
    if (notice == null) {
      return "";
    }
    ctx.removeCookie(NOTICE, "/");
    return java.net.URLDecoder.decode(notice, java.nio.charset.StandardCharsets.UTF_8);
  }
}
