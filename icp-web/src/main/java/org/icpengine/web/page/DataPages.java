package org.icpengine.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.api.Services;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.job.Job;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.ColumnView;
import org.icpengine.web.view.IdealForm;

/**
 * Uploading and deleting datasets, their profiles, fixing a column, starting a derive and watching
 * it.
 */
public final class DataPages {
  private static final String BASE = "/w/{workspace}";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DataPages() {}

  /** Registers the pages. */
  public static void register(Javalin app, Services s) {
    app.get(BASE + "/data", ctx -> data(ctx, s));
    app.post(BASE + "/data", ctx -> upload(ctx, s));
    app.get(BASE + "/datasets/{id}", ctx -> dataset(ctx, s));
    app.post(BASE + "/datasets/{id}/columns", ctx -> fixColumn(ctx, s));
    app.post(BASE + "/datasets/{id}/derive", ctx -> IdealBuilder.derive(ctx, s));
    app.post(BASE + "/datasets/{id}/delete", ctx -> delete(ctx, s));
    app.get(BASE + "/jobs/{id}", ctx -> job(ctx, s));
  }

  private static void data(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Templates.render(
        ctx,
        "data.jte",
        Map.of(
            "frame", Web.frame(ctx, s, w, "Data", "data"),
            "datasets", s.datasets().list(w),
            "jobs", s.jobs().list(w),
            "limitMib", s.datasets().limitBytes() / (1024 * 1024)));
  }

  private static void upload(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    if (ctx.contentLength() > s.datasets().limitBytes()) {
      throw new ServerException(
          ServerException.Kind.TOO_LARGE,
          "the file is larger than the upload limit of "
              + s.datasets().limitBytes() / (1024 * 1024)
              + " MiB: split it, or ask the operator for a larger --upload-limit");
    }
    Web.checkForm(ctx, s);
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.filename().isBlank()) {
      throw ServerException.badRequest("choose a file to upload");
    }
    StoredDataset d;
    try (InputStream in = file.content()) {
      d = s.datasets().upload(w, file.filename(), in, Web.caller(ctx, s).actor());
    }
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/datasets/" + d.id(),
        String.format(java.util.Locale.ROOT, "Uploaded %s: %,d rows.", d.name(), d.rows()));
  }

  private static void dataset(Context ctx, Services s) throws Exception {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    show(ctx, s, w, Web.id(ctx, "id"), IdealForm.empty(ctx.queryParam("ideal")));
  }

  /** Renders a dataset's page with the ideal builder's form as given. */
  static void show(Context ctx, Services s, Workspace w, long id, IdealForm ideal)
      throws Exception {
    StoredDataset d = s.datasets().get(w, id);
    JsonNode profile = JSON.readTree(d.profile());
    List<ColumnView> columns = new ArrayList<>();
    profile.path("columns").forEach(c -> columns.add(ColumnView.of(c)));
    List<String> problems = new ArrayList<>();
    profile
        .path("row_problems")
        .forEach(
            p ->
                problems.add("line " + p.path("line").asLong() + ": " + p.path("reason").asText()));
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, d.name(), "data"));
    model.put("dataset", d);
    model.put("columns", columns);
    model.put("problems", problems.subList(0, Math.min(20, problems.size())));
    model.put("problemCount", problems.size());
    model.put("roles", List.of(ColumnRole.values()).stream().map(ColumnRole::key).toList());
    model.put(
        "categories",
        List.of(AttributeCategory.values()).stream().map(AttributeCategory::label).toList());
    model.put("ideal", ideal);
    model.put("review", ReviewPage.linkText(s, w, d, profile));
    Templates.render(ctx, "dataset.jte", model);
  }

  private static void fixColumn(Context ctx, Services s) throws Exception {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    long id = Web.id(ctx, "id");
    String column = ctx.formParam("column");
    s.datasets()
        .fixColumn(
            w,
            id,
            column,
            ctx.formParam("role"),
            ctx.formParam("category"),
            Web.caller(ctx, s).actor());
    Web.redirect(
        ctx, "/w/" + w.name() + "/datasets/" + id, "Fixed " + column + "; the profile is updated.");
  }

  private static void delete(Context ctx, Services s) throws java.io.IOException {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.EDITOR);
    StoredDataset d = s.datasets().delete(w, Web.id(ctx, "id"), Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "/data", "Deleted " + d.name() + ".");
  }

  private static void job(Context ctx, Services s) {
    Workspace w = Web.workspace(ctx, s, Role.VIEWER);
    Job job = s.jobs().get(w, Web.id(ctx, "id"));
    Templates.render(
        ctx,
        "job.jte",
        Map.of(
            "frame",
            Web.frame(ctx, s, w, "Derive " + job.id(), "data"),
            "job",
            job,
            "outcome",
            JobOutcome.of(job, s, w)));
  }
}
