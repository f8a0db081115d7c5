package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.kpi.Kpi;
import org.icpengine.server.kpi.KpiBoard;
import org.icpengine.server.kpi.KpiFigure;
import org.icpengine.server.kpi.KpiTarget;
import org.icpengine.server.kpi.Kpis;
import org.icpengine.server.workspace.Workspace;

/** The ICP KPIs of a workspace, and the targets and owners its teams set. */
final class KpiRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}/kpis";

  private KpiRoutes() {}

  static void register(Javalin app, Services s) {
    Kpis kpis = s.kpis();
    app.get(BASE, ctx -> board(ctx, s, kpis));
    app.get(BASE + "/targets", ctx -> targets(ctx, s, kpis));
    app.put(BASE + "/targets/{kpi}", ctx -> setTarget(ctx, s, kpis));
    app.delete(BASE + "/targets/{kpi}", ctx -> removeTarget(ctx, s, kpis));
  }

  private static void board(Context ctx, Services s, Kpis kpis) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    KpiBoard board = kpis.board(w);
    ObjectNode answer = Calls.JSON.createObjectNode();
    answer.put("version", board.version());
    answer.put("dataset", board.datasetId());
    answer.put("dataset_name", board.datasetName());
    answer.put("computed_at", board.computedAt().toString());
    ArrayNode list = answer.putArray("kpis");
    for (KpiBoard.Row row : board.rows()) {
      ObjectNode node = list.addObject();
      figure(node, row.kpi(), row.figure());
      if (row.target() == null) {
        node.putNull("target");
      } else {
        node.set("target", target(row.target()));
      }
      node.put("status", row.status().key());
    }
    ctx.json(answer);
  }

  private static void figure(ObjectNode node, Kpi kpi, KpiFigure f) {
    node.put("kpi", kpi.key());
    node.put("label", kpi.label());
    node.put("unit", kpi.unit().name().toLowerCase(java.util.Locale.ROOT));
    node.put("higher_is_better", kpi.higherIsBetter());
    number(node, "value", f.value());
    number(node, "ci_low", f.ciLow());
    number(node, "ci_high", f.ciHigh());
    node.put("n", f.n());
    node.put("basis", f.basis());
    ArrayNode trend = node.putArray("trend");
    for (KpiFigure.Point p : f.trend()) {
      ObjectNode point = trend.addObject().put("period", p.period());
      number(point, "value", p.value());
      point.put("n", p.n());
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }

  private static void targets(Context ctx, Services s, Kpis kpis) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    kpis.targets(w).forEach(t -> list.add(target(t)));
    ctx.json(list);
  }

  private static void setTarget(Context ctx, Services s, Kpis kpis) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    Kpi kpi = Kpi.of(ctx.pathParam("kpi"));
    JsonNode body = Calls.body(ctx);
    JsonNode target = body.get("target");
    if (target == null || !target.isNumber()) {
      throw ServerException.badRequest(
          "give {\"target\": 0.6, \"owner\": \"Head of sales\"}: the target is a number in the"
              + " KPI's unit");
    }
    KpiTarget set =
        kpis.setTarget(
            w, kpi, target.asDouble(), body.path("owner").asText(""), Calls.caller(ctx).actor());
    ctx.json(target(set));
  }

  private static void removeTarget(Context ctx, Services s, Kpis kpis) {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    kpis.removeTarget(w, Kpi.of(ctx.pathParam("kpi")), Calls.caller(ctx).actor());
    ctx.status(204);
  }

  private static ObjectNode target(KpiTarget t) {
    return Calls.JSON
        .createObjectNode()
        .put("kpi", t.kpi().key())
        .put("target", t.target())
        .put("owner", t.owner())
        .put("set_by", t.setBy())
        .put("set_at", t.setAt().toString());
  }
}
