package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.audit.AuditEntry;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.funnel.Funnels;
import org.icpengine.server.funnel.WorkspaceFunnel;
import org.icpengine.server.kpi.KpiBoard;
import org.icpengine.server.review.Department;
import org.icpengine.server.review.ReviewStore;
import org.icpengine.server.scoring.ScoreDistribution;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.FunnelView;
import org.icpengine.web.view.IcpView;
import org.icpengine.web.view.KpiView;
import org.icpengine.web.view.PublishedIcp;

/** The dashboard, team views, audit log and settings of a workspace. */
public final class WorkspacePages {
  private static final String BASE = "/w/{workspace}";

  /** The team views and what each is called. */
  static final Map<String, String> TEAMS =
      Map.of(
          "demand-gen", "Demand generation",
          "sales", "Sales",
          "finance", "Finance",
          "product", "Product");

  private WorkspacePages() {}

  /** Registers the pages. */
  public static void register(Javalin app, Services s) {
    app.get(BASE, ctx -> dashboard(ctx, s));
    app.get(BASE + "/teams/{team}", ctx -> team(ctx, s));
    app.get(BASE + "/audit", ctx -> audit(ctx, s));
    app.get(BASE + "/settings", ctx -> settings(ctx, s));
    app.post(BASE + "/settings", ctx -> saveSettings(ctx, s));
  }

  /** Returns the published version, its reading and its score distribution, or null. */
  static PublishedIcp published(Services s, Workspace workspace) {
    return s.database()
        .inTransaction(
            db -> {
              Long id = WorkspaceStore.get(db, workspace.id()).publishedVersion();
              if (id == null) {
                return null;
              }
              Version v = VersionStore.byId(db, id).orElseThrow();
              return new PublishedIcp(v, IcpView.of(v.icp()), ReviewStore.histogram(db, v.id()));
            });
  }

  private static void dashboard(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    PublishedIcp published = published(s, w);
    List<Version> versions = s.versions().list(w);
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Dashboard", "dashboard"));
    model.put("p", published);
    model.put(
        "inReview", versions.stream().filter(v -> v.state() == VersionState.IN_REVIEW).toList());
    model.put("drafts", versions.stream().filter(v -> v.state() == VersionState.DRAFT).toList());
    model.put("datasets", s.datasets().list(w).size());
    long[] tiers = null;
    if (published != null && published.distribution() != null) {
      IcpView icp = published.icp();
      tiers =
          ScoreDistribution.fromJson(published.distribution())
              .tiers(icp.tierA(), icp.tierB(), icp.tierC());
    }
    model.put("tiers", tiers);
    model.put("economics", published == null ? "[]" : economics(published.icp()));
    String[] why = {""};
    KpiBoard board = published == null ? null : KpiPages.board(s, w, why);
    model.put("kpiBoard", board);
    model.put("kpis", board == null ? List.of() : KpiView.of(board));
    model.put("kpiProblem", why[0]);
    model.put("health", HealthPages.view(s, w));
    Templates.render(ctx, "dashboard.jte", model);
  }

  /** The LTV:CAC of each positive trait's cohort, for the dashboard's chart. */
  static String economics(IcpView icp) {
    com.fasterxml.jackson.databind.node.ArrayNode series =
        new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode();
    for (var t : icp.traits()) {
      if (t.ltvToCac().known()) {
        series
            .addObject()
            .put("name", t.condition())
            .put("value", Math.round(t.ltvToCac().value() * 10) / 10.0)
            .put("positive", t.positive());
      }
    }
    return series.toString();
  }

  private static void team(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    String team = ctx.pathParam("team");
    String name = TEAMS.get(team);
    if (name == null) {
      throw ServerException.notFound(
          "no team view '" + team + "': there are demand-gen, sales, finance and product");
    }
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, name, "team-" + team));
    model.put("team", team);
    PublishedIcp p = published(s, w);
    model.put("p", p);
    model.put("numbers", p == null ? null : numbers(s, w));
    Templates.render(ctx, "team.jte", model);
  }

  /** The funnel the team views take their numbers from, or null when there is none yet. */
  private static FunnelView numbers(Services s, Workspace w) throws Exception {
    try {
      WorkspaceFunnel funnel =
          s.funnels().of(w, org.icpengine.data.funnel.CohortPeriod.QUARTER, Funnels.DEFAULT_SHIFT);
      return new FunnelView(funnel.report(), "", "", "", funnel.columns());
    } catch (ServerException e) {
      if (e.kind() != ServerException.Kind.CONFLICT
          && e.kind() != ServerException.Kind.UNPROCESSABLE) {
        throw e;
      }
      return null;
    }
  }

  private static void audit(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    List<AuditEntry> entries =
        s.database().inTransaction(db -> AuditLog.list(db, w.id(), null, 500));
    Templates.render(
        ctx,
        "audit.jte",
        Map.of("frame", Web.frame(ctx, s, w, "Audit log", "audit"), "entries", entries));
  }

  private static void settings(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    SettingsPage.show(ctx, s, w, org.icpengine.web.view.AdminForm.NONE);
  }

  private static void saveSettings(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    Set<Department> required = EnumSet.noneOf(Department.class);
    for (String key : ctx.formParams("required")) {
      required.add(Department.of(key));
    }
    s.reviews().setRequired(w, required, Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "/settings", "Saved the required sign-offs.");
  }
}
