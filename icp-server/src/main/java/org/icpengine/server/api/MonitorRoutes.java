package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.monitor.Decay;
import org.icpengine.server.monitor.DriftRecord;
import org.icpengine.server.monitor.Evidence;
import org.icpengine.server.monitor.Health;
import org.icpengine.server.monitor.Monitor;
import org.icpengine.server.monitor.MonitorSettings;
import org.icpengine.server.monitor.MonitorStore;
import org.icpengine.server.monitor.Reevaluation;
import org.icpengine.server.workspace.Workspace;

/** The published ICP's health, its drift alarms, and the workspace's re-evaluation setting. */
final class MonitorRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}";

  private MonitorRoutes() {}

  static void register(Javalin app, Services s) {
    app.get(BASE + "/health", ctx -> health(ctx, s));
    app.get(BASE + "/drift/alarms", ctx -> alarms(ctx, s));
    app.get(BASE + "/settings/monitoring", ctx -> settings(ctx, s));
    app.put(BASE + "/settings/monitoring", ctx -> configure(ctx, s));
  }

  private static void health(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    Health h = Health.of(s.database(), w, s.clock().instant());
    ObjectNode node = Calls.JSON.createObjectNode();
    node.set("settings", settings(h.settings()));
    if (h.published().isPresent()) {
      node.put("published_version", h.published().get().number());
    } else {
      node.putNull("published_version");
    }
    time(node, "last_review", h.lastReview());
    time(node, "next_review", h.nextReview());
    node.put("review_due", h.due());
    ArrayNode alarms = node.putArray("alarms");
    h.alarms().forEach(a -> alarms.add(alarm(a)));
    node.set("performance", h.decay().map(MonitorRoutes::decay).orElse(null));
    ArrayNode reevaluations = node.putArray("reevaluations");
    h.reevaluations().forEach(r -> reevaluations.add(reevaluation(r)));
    ctx.json(node);
  }

  private static void alarms(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    s.database()
        .inTransaction(db -> MonitorStore.checks(db, w.id(), true, 100))
        .forEach(a -> list.add(alarm(a)));
    ctx.json(list);
  }

  private static void settings(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ctx.json(settings(s.database().inTransaction(db -> MonitorStore.settings(db, w.id()))));
  }

  private static void configure(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.ADMIN);
    JsonNode body = Calls.body(ctx);
    JsonNode months = body.get("every_months");
    JsonNode onDrift = body.get("on_drift");
    if (months == null || !months.canConvertToInt() || onDrift == null || !onDrift.isBoolean()) {
      throw ServerException.badRequest(
          "give {\"every_months\": 6, \"on_drift\": true}: months between reviews (1 to 24) and"
              + " whether a drift alarm starts a re-evaluation");
    }
    MonitorSettings settings;
    try {
      settings = new MonitorSettings(months.asInt(), onDrift.asBoolean());
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
    Monitor.configure(s.database(), s.clock().instant(), w, settings, Calls.caller(ctx).actor());
    ctx.json(settings(settings));
  }

  private static ObjectNode settings(MonitorSettings settings) {
    return Calls.JSON
        .createObjectNode()
        .put("every_months", settings.everyMonths())
        .put("on_drift", settings.onDrift());
  }

  private static ObjectNode alarm(DriftRecord a) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("check", a.id());
    node.put("dataset", a.datasetId());
    node.put("reference_dataset", a.referenceDatasetId());
    node.put("checked_at", a.checkedAt().toString());
    ArrayNode evidence = node.putArray("evidence");
    for (Evidence e : Evidence.of(a.report())) {
      ObjectNode item = evidence.addObject().put("attribute", e.attribute());
      number(item, "psi", e.psi());
      number(item, "js", e.js());
      number(item, "p_value", e.pValue());
      number(item, "q_value", e.qValue());
    }
    node.set("report", readTree(a.report()));
    return node;
  }

  private static ObjectNode decay(Decay d) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("observed", d.observed());
    number(node, "reference_auc", d.referenceAuc());
    number(node, "current_auc", d.currentAuc());
    ObjectNode change = node.putObject("auc_change");
    number(change, "value", d.aucChange());
    number(change, "ci_low", d.aucLow());
    number(change, "ci_high", d.aucHigh());
    number(change, "p_value", d.aucP());
    ObjectNode share = node.putObject("ideal_share_change");
    number(share, "value", d.idealShareChange());
    number(share, "p_value", d.idealShareP());
    node.put("decayed", d.decayed());
    return node;
  }

  private static ObjectNode reevaluation(Reevaluation r) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("id", r.id());
    node.put("reason", r.reason());
    node.put("state", r.state());
    node.put("job", r.jobId());
    node.put("requested_at", r.requestedAt().toString());
    time(node, "finished_at", r.finishedAt());
    JsonNode summary = r.state().equals("failed") ? null : readTree(r.summary());
    if (summary == null) {
      node.put("error", r.summary());
    } else {
      node.set("summary", summary);
    }
    return node;
  }

  private static JsonNode readTree(String json) {
    try {
      return Calls.JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("stored JSON does not parse", e);
    }
  }

  private static void time(ObjectNode node, String field, Instant at) {
    if (at == null) {
      node.putNull(field);
    } else {
      node.put(field, at.toString());
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
