package org.icpengine.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Optional;
import org.icpengine.data.funnel.CohortPeriod;
import org.icpengine.data.funnel.FunnelJson;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.funnel.WorkspaceFunnel;
import org.icpengine.server.workspace.Workspace;

/**
 * The funnel by ICP tier of a workspace, with the team views' numbers (open deals, the shift
 * scenario, the product view), optionally of an account segment: {@code icp funnel --json}'s
 * contract (docs/funnel.md) stamped with the version and dataset.
 */
final class FunnelRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}/funnel";

  private FunnelRoutes() {}

  static void register(Javalin app, Services s) {
    app.get(BASE, ctx -> funnel(ctx, s));
  }

  private static void funnel(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    CohortPeriod cohort;
    try {
      String text = ctx.queryParam("cohort");
      cohort = text == null || text.isBlank() ? CohortPeriod.QUARTER : CohortPeriod.parse(text);
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
    String segment = ctx.queryParam("segment");
    WorkspaceFunnel funnel =
        s.funnels()
            .of(
                w,
                cohort,
                Funnels.DEFAULT_SHIFT,
                segment == null || segment.isBlank()
                    ? Optional.empty()
                    : Optional.of(segment.strip()));
    ObjectNode answer = Calls.JSON.createObjectNode();
    answer.put("version", funnel.version());
    answer.put("dataset", funnel.datasetId());
    answer.put("dataset_name", funnel.datasetName());
    answer.setAll(FunnelJson.of(funnel.report()));
    ctx.json(answer);
  }
}
