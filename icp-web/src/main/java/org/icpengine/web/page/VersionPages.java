package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.audit.AuditEntry;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.review.Department;
import org.icpengine.server.review.ReviewStore;
import org.icpengine.server.review.Reviews;
import org.icpengine.server.review.SignOff;
import org.icpengine.server.version.ReportStore;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.DraftForm;
import org.icpengine.web.view.IcpView;
import org.icpengine.web.view.Thread;

/** The versions list, a version's page with its review, draft edits and state moves. */
public final class VersionPages {
  private static final String BASE = "/w/{workspace}";

  private VersionPages() {}

  /** Registers the pages. */
  public static void register(Javalin app, Services s) {
    app.get(BASE + "/versions", ctx -> list(ctx, s));
    app.get(BASE + "/versions/{version}", ctx -> show(ctx, s));
    app.get(BASE + "/versions/{version}/report", ctx -> VersionReport.show(ctx, s));
    app.post(BASE + "/versions/{version}/edit", ctx -> DraftEdits.edit(ctx, s));
    app.post(BASE + "/versions/{version}/state", ctx -> move(ctx, s));
    app.post(BASE + "/versions/{version}/comments", ctx -> comment(ctx, s));
    app.post(BASE + "/versions/{version}/signoffs", ctx -> signOff(ctx, s));
    app.get(BASE + "/diff", ctx -> DiffPage.show(ctx, s));
  }

  private static void list(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Templates.render(
        ctx,
        "versions.jte",
        Map.of(
            "frame", Web.frame(ctx, s, w, "Versions", "versions"),
            "versions", s.versions().list(w)));
  }

  private static void show(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    show(ctx, s, w, (int) Web.id(ctx, "version"), DraftForm.NONE);
  }

  /** Renders a version's page, with a refused draft edit's error and input (or none). */
  static void show(Context ctx, Services s, Workspace w, int number, DraftForm form) {
    Version v = s.versions().get(w, number);
    List<SignOff> signOffs = s.reviews().signOffs(w, number);
    Set<Department> missing = s.database().inTransaction(db -> Reviews.missing(db, w.id(), v.id()));
    List<AuditEntry> history = new ArrayList<>();
    for (AuditEntry e : s.database().inTransaction(db -> AuditLog.list(db, w.id(), null, 500))) {
      if (e.target().equals("version " + number)) {
        history.add(e);
      }
    }
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Version " + number, "versions"));
    model.put("version", v);
    model.put("icp", IcpView.of(v.icp()));
    model.put("quality", org.icpengine.web.view.QualityView.of(v.icp()));
    model.put("threads", Thread.bySubject(s.reviews().comments(w, number)));
    model.put("signOffs", signOffs);
    model.put("required", s.reviews().required(w));
    model.put("missing", missing);
    model.put("departments", List.of(Department.values()));
    model.put("mine", myDepartment(ctx, s, w));
    model.put("form", form);
    model.put("calibration", org.icpengine.web.view.Calibration.of(v.icp()));
    model.put("columns", org.icpengine.web.view.ModelColumns.of(v.icp()));
    model.put("history", history);
    String distribution = s.database().inTransaction(db -> ReviewStore.histogram(db, v.id()));
    model.put("distribution", distribution == null ? "" : distribution);
    model.put("report", s.database().inTransaction(db -> ReportStore.exists(db, v.id())));
    Templates.render(ctx, "version.jte", model);
  }

  private static void move(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    // the least role that may move a version at all first, so outsiders learn nothing from the form
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    VersionState to = VersionState.of(ctx.formParam("state"));
    s.access().require(Web.caller(ctx, s), w, to.neededToEnter());
    int number = (int) Web.id(ctx, "version");
    s.versions()
        .move(
            w,
            number,
            (int) whole(ctx, "revision"),
            to,
            Web.caller(ctx, s).actor(),
            java.util.Optional.ofNullable(ctx.formParam("override")));
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/versions/" + number,
        "Version " + number + " is now " + to.key().replace('_', ' ') + ".");
  }

  private static void comment(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    int number = (int) Web.id(ctx, "version");
    String parent = ctx.formParam("parent");
    s.reviews()
        .comment(
            w,
            number,
            ctx.formParam("subject"),
            parent == null || parent.isBlank() ? null : Long.parseLong(parent),
            ctx.formParam("body"),
            Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "/versions/" + number + "#review", "Comment added.");
  }

  private static void signOff(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    int number = (int) Web.id(ctx, "version");
    Department department = Department.of(ctx.formParam("department"));
    boolean approved = "approve".equals(ctx.formParam("decision"));
    s.reviews().signOff(w, number, department, approved, ctx.formParam("note"), Web.caller(ctx, s));
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/versions/" + number + "#review",
        department.label() + (approved ? " approved." : " asked for changes."));
  }

  /** Returns the key of the signed-in member's department in the workspace, or empty. */
  private static String myDepartment(Context ctx, Services s, Workspace w) {
    Long user = Web.caller(ctx, s).userId();
    return user == null
        ? ""
        : s.database().inTransaction(db -> WorkspaceStore.department(db, w.id(), user)).orElse("");
  }

  static long whole(Context ctx, String field) {
    String value = ctx.formParam(field);
    try {
      return Long.parseLong(value == null ? "" : value.strip());
    } catch (NumberFormatException e) {
      throw ServerException.badRequest(field.replace('_', ' ') + " must be a whole number");
    }
  }
}
