package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Caller;
import org.icpengine.server.api.Services;
import org.icpengine.server.api.SessionCookie;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;

/** Signing in and out, and the start page that lists the user's workspaces. */
public final class SignInPages {
  private SignInPages() {}

  /** Registers the pages. */
  public static void register(Javalin app, Services s) {
    app.get("/login", ctx -> form(ctx, s, "", ""));
    app.post("/login", ctx -> signIn(ctx, s));
    app.post("/logout", ctx -> signOut(ctx, s));
    app.get("/", ctx -> start(ctx, s));
  }

  private static void form(Context ctx, Services s, String email, String error) {
    String next = ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next");
    Templates.render(
        ctx,
        "login.jte",
        Map.of(
            "email",
            email,
            "error",
            error,
            "next",
            NextPage.orStart(next),
            "csrf",
            LoginCsrf.issue(ctx, s.secureCookies())));
  }

  private static void signIn(Context ctx, Services s) {
    String email = ctx.formParam("email") == null ? "" : ctx.formParam("email");
    if (!LoginCsrf.matches(ctx)) {
      ctx.status(HttpStatus.FORBIDDEN);
      form(
          ctx,
          s,
          email,
          "the sign-in form was out of date or sent from another site: sign in again");
      return;
    }
    try {
      Access.NewSession session = s.access().signIn(email, ctx.formParam("password"), ctx.ip());
      SessionCookie.set(ctx, session, s.secureCookies());
      LoginCsrf.end(ctx);
      String next = NextPage.orStart(ctx.formParam("next"));
      ctx.redirect(
          s.access().mustChangePassword(session.caller())
              ? "/account/password?next="
                  + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8)
              : next,
          HttpStatus.SEE_OTHER);
    } catch (ServerException e) {
      ctx.status(e.kind().status());
      form(ctx, s, email, e.getMessage());
    }
  }

  private static void signOut(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    SessionCookie.end(ctx, s.access());
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private static void start(Context ctx, Services s) {
    Caller caller = Web.caller(ctx, s);
    List<String> workspaces = Web.workspaceNames(s, caller);
    String chosen = ctx.queryParam("w");
    if (chosen != null && workspaces.contains(chosen)) {
      ctx.redirect("/w/" + chosen, HttpStatus.SEE_OTHER);
      return;
    }
    if (workspaces.size() == 1) {
      ctx.redirect("/w/" + workspaces.get(0), HttpStatus.SEE_OTHER);
      return;
    }
    Templates.render(ctx, "start.jte", Map.of("frame", Web.frame(ctx, s, "Workspaces")));
  }
}
