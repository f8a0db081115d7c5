package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.kpi.Kpi;
import org.icpengine.server.kpi.KpiBoard;
import org.icpengine.server.kpi.Kpis;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Web;

/** Setting and removing a KPI's target and owner from the dashboard. */
public final class KpiPages {
  private KpiPages() {}

  /** Registers the forms. */
  public static void register(Javalin app, Services s) {
    app.post("/w/{workspace}/kpis/targets", ctx -> setTarget(ctx, s));
    app.post("/w/{workspace}/kpis/targets/remove", ctx -> removeTarget(ctx, s));
  }

  /**
   * Returns the workspace's KPI board, or null with the reason in {@code why[0]} when there is none
   * yet (nothing published, no linked dataset, the funnel cannot be computed).
   */
  static KpiBoard board(Services s, Workspace w, String[] why) throws Exception {
    try {
      return s.kpis().board(w);
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.CONFLICT
          && e.kind() != ServerException.Kind.UNPROCESSABLE) {
        throw e;
      }
      why[0] = e.getMessage();
      return null;
    }
  }

  private static void setTarget(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    Kpi kpi = Kpi.of(form(ctx, "kpi"));
    double target = number(form(ctx, "target"));
    // shares are typed as percentages in the form, stored as fractions
    double stored = kpi.unit() == Kpi.Unit.SHARE ? target / 100 : target;
    s.kpis().setTarget(w, kpi, stored, form(ctx, "owner"), Web.caller(ctx, s).actor());
    Web.redirect(
        ctx,
        "/w/" + w.name() + "#kpis",
        "Set the target of " + kpi.label() + " to " + Kpis.show(kpi, stored) + ".");
  }

  private static void removeTarget(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    Kpi kpi = Kpi.of(form(ctx, "kpi"));
    s.kpis().removeTarget(w, kpi, Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "#kpis", "Removed the target of " + kpi.label() + ".");
  }

  private static String form(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v.strip();
  }

  private static double number(String text) {
    try {
      return Double.parseDouble(text.replace(',', '.').replace("%", "").trim());
    } catch (NumberFormatException e) {
      throw ServerException.badRequest(
          "the target must be a number, such as 60 for 60 %, not '"
              + text.toLowerCase(Locale.ROOT)
              + "'");
    }
  }
}
