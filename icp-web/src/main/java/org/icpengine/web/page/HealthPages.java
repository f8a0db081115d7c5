package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.monitor.Health;
import org.icpengine.server.monitor.Monitor;
import org.icpengine.server.monitor.MonitorSettings;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.HealthView;

/**
 * The published ICP's health: review dates, drift alarms with their evidence, performance, the
 * re-evaluations the scheduler started, and (for admins) when to re-evaluate.
 */
public final class HealthPages {
  private static final String BASE = "/w/{workspace}";

  private HealthPages() {}

  /** Registers the pages. */
  public static void register(Javalin app, Services s) {
    app.get(BASE + "/health", ctx -> show(ctx, s));
    app.post(BASE + "/health", ctx -> save(ctx, s));
    app.get(BASE + "/segment", ctx -> SegmentPage.show(ctx, s));
    app.post(BASE + "/segment", ctx -> SegmentPage.check(ctx, s));
  }

  /** Returns the workspace's health as the pages show it. */
  public static HealthView view(Services s, Workspace w) {
    Health health = Health.of(s.database(), w, s.clock().instant());
    Map<Long, String> datasets = new HashMap<>();
    for (StoredDataset d : s.datasets().list(w)) {
      datasets.put(d.id(), d.name());
    }
    Map<Long, Integer> versions = new HashMap<>();
    for (Version v : s.versions().list(w)) {
      versions.put(v.id(), v.number());
    }
    return new HealthView(health, datasets, versions);
  }

  private static void show(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    HealthView health = view(s, w);
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "ICP health", "health"));
    model.put("health", health);
    model.put("months", health.health().settings().everyMonths());
    model.put("onDrift", health.health().settings().onDrift());
    Templates.render(ctx, "health.jte", model);
  }

  private static void save(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    MonitorSettings settings;
    try {
      settings =
          new MonitorSettings(
              Integer.parseInt(String.valueOf(ctx.formParam("every_months")).strip()),
              ctx.formParam("on_drift") != null);
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(
          "re-evaluate every 1 to 24 months: give a whole number of months");
    }
    Monitor.configure(s.database(), s.clock().instant(), w, settings, Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "/health", "Saved when the ICP is re-evaluated.");
  }
}
