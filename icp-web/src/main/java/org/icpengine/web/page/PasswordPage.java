package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.PasswordChange;
import org.icpengine.server.access.PasswordRefusal;
import org.icpengine.server.api.Services;
import org.icpengine.server.api.SessionCookie;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;

/**
 * "Change your password", for every signed-in user (a link beside their name in every page's
 * header) and where a user invited with an initial password is sent until they choose their own. A
 * refusal (a wrong current password, a short new one, two that differ) comes back next to its
 * field; no password is ever put back into a field.
 */
public final class PasswordPage {
  private static final String PATH = "/account/password";

  private PasswordPage() {}

  /** Registers the page and its form. */
  public static void register(Javalin app, Services s) {
    app.get(PATH, ctx -> show(ctx, s, "", ""));
    app.post(PATH, ctx -> change(ctx, s));
  }

  private static void show(Context ctx, Services s, String field, String error) {
    String next = ctx.formParam("next") != null ? ctx.formParam("next") : ctx.queryParam("next");
    Templates.render(
        ctx,
        "password.jte",
        Map.of(
            "frame", Web.frame(ctx, s, "Change your password"),
            "forced", s.access().mustChangePassword(Web.caller(ctx, s)),
            "next", NextPage.orStart(next),
            "field", field,
            "error", error));
  }

  private static void change(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    try {
      s.access()
          .changePassword(
              Web.caller(ctx, s),
              SessionCookie.of(ctx).orElseThrow(),
              new PasswordChange(
                  ctx.formParam("current"), ctx.formParam("password"), ctx.formParam("repeat")),
              ctx.ip());
    } catch (PasswordRefusal e) {
      ctx.status(422);
      show(ctx, s, e.field(), e.getMessage());
      return;
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.TOO_MANY) {
        throw e;
      }
      ctx.status(e.kind().status());
      show(ctx, s, "current", e.getMessage());
      return;
    }
    Web.redirect(
        ctx,
        NextPage.orStart(ctx.formParam("next")),
        "Your password is changed; other sessions ended.");
  }
}
