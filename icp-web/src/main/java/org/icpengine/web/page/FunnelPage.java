package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.funnel.WorkspaceFunnel;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.FunnelView;

/**
 * The funnel by ICP tier: conversion by tier beside conversion by channel, win rate and cycle by
 * tier, the missed list and the tier × channel heat map, filtered by segment (channel) and by the
 * periods deals were created in.
 */
public final class FunnelPage {
  private FunnelPage() {}

  /** Registers the page. */
  public static void register(Javalin app, Services s) {
    app.get("/w/{workspace}/funnel", ctx -> show(ctx, s));
  }

  private static void show(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    CohortPeriod cohort = cohort(ctx.queryParam("cohort"));
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Funnel by ICP tier", "funnel"));
    model.put("cohort", cohort.word());
    try {
      WorkspaceFunnel funnel = s.funnels().of(w, cohort, Funnels.DEFAULT_SHIFT);
      model.put("funnel", funnel);
      model.put(
          "view",
          new FunnelView(
              funnel.report(), text(ctx, "channel"), text(ctx, "from"), text(ctx, "to")));
      model.put("problem", "");
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.CONFLICT
          && e.kind() != ServerException.Kind.UNPROCESSABLE) {
        throw e;
      }
      model.put("funnel", null);
      model.put("view", null);
      model.put("problem", e.getMessage());
    }
    Templates.render(ctx, "funnel.jte", model);
  }

  private static CohortPeriod cohort(String text) {
    if (text == null || text.isBlank()) {
      return CohortPeriod.QUARTER;
    }
    try {
      return CohortPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
  }

  private static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }
}
