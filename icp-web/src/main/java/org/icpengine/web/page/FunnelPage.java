package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.data.funnel.Funnel;
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
 * tier, the missed list and the tier × channel heat map, filtered by an account segment written in
 * the ideal language (through {@code IdealExpression}, never spliced into SQL), by channel and by
 * the periods deals were created in.
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
    String segment = text(ctx, "segment");
    model.put("segment", segment);
    model.put("segmentProblem", "");
    try {
      WorkspaceFunnel funnel = segmented(s, w, cohort, segment, model);
      model.put("funnel", funnel);
      model.put(
          "view",
          new FunnelView(
              funnel.report(),
              text(ctx, "channel"),
              text(ctx, "from"),
              text(ctx, "to"),
              funnel.columns()));
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

  /**
   * The funnel of the segment, when it is valid; else the whole funnel, the segment's problem put
   * next to its field (an expression outside the language, or a column the accounts lack).
   */
  private static WorkspaceFunnel segmented(
      Services s, Workspace w, CohortPeriod cohort, String segment, Map<String, Object> model)
      throws Exception {
    if (segment.isEmpty()) {
      return s.funnels().of(w, cohort, Funnels.DEFAULT_SHIFT);
    }
    try {
      Funnel.checkSegment(segment);
      return s.funnels().of(w, cohort, Funnels.DEFAULT_SHIFT, Optional.of(segment));
    } catch (InputException e) {
      model.put("segmentProblem", words(e.getMessage()));
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.UNPROCESSABLE || !e.getMessage().contains("segment")) {
        throw e;
      }
      model.put("segmentProblem", words(e.getMessage()));
    }
    return s.funnels().of(w, cohort, Funnels.DEFAULT_SHIFT);
  }

  private static String words(String message) {
    return message
        .replace("the funnel cannot be computed: ", "")
        .replace("invalid --segment: ", "")
        .replace("--segment", "the segment");
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
