package org.icpengine.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.dataset.StoredDataset;
import org.icpengine.server.job.DeriveRequest;
import org.icpengine.server.job.IdealCheck;
import org.icpengine.server.job.IdealChecks;
import org.icpengine.server.job.Job;
import org.icpengine.server.workspace.Workspace;

/** Uploading datasets, starting derives and polling them. */
final class DatasetRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}";

  private DatasetRoutes() {}

  static void register(Javalin app, Services s) {
    app.post(BASE + "/datasets", ctx -> upload(ctx, s));
    app.get(BASE + "/datasets", ctx -> list(ctx, s));
    app.get(BASE + "/datasets/{id}", ctx -> get(ctx, s));
    app.delete(BASE + "/datasets/{id}", ctx -> delete(ctx, s));
    app.get(BASE + "/datasets/{id}/ideal-count", ctx -> idealCount(ctx, s));
    app.post(BASE + "/derives", ctx -> derive(ctx, s));
    app.get(BASE + "/jobs", ctx -> jobs(ctx, s));
    app.get(BASE + "/jobs/{id}", ctx -> job(ctx, s));
    app.post(BASE + "/jobs/{id}/cancel", ctx -> cancel(ctx, s));
  }

  private static void upload(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    long declared = ctx.contentLength();
    if (declared > s.datasets().limitBytes()) {
      throw new ServerException(
          ServerException.Kind.TOO_LARGE,
          "the upload ("
              + declared / (1024 * 1024)
              + " MiB) is larger than the limit of "
              + s.datasets().limitBytes() / (1024 * 1024)
              + " MiB: split the file, or start the server with a larger --upload-limit");
    }
    StoredDataset d =
        s.datasets()
            .upload(
                w,
                ctx.queryParam("name"),
                ctx.contentType(),
                ctx.bodyInputStream(),
                Calls.caller(ctx).actor());
    ctx.status(201).header("Location", ctx.path() + "/" + d.id()).json(Views.dataset(d, true));
  }

  private static void list(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    s.datasets().list(w).forEach(d -> list.add(Views.dataset(d, false)));
    ctx.json(list);
  }

  private static void get(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ctx.json(Views.dataset(s.datasets().get(w, Calls.id(ctx, "id")), true));
  }

  private static void idealCount(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    IdealCheck check =
        new IdealChecks(s.datasets(), s.engines())
            .check(w, Calls.id(ctx, "id"), ctx.queryParam("outcomes"), ctx.queryParam("ideal"));
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("expression", check.expression());
    node.put("description", check.description());
    node.put("ideal_rows", check.idealRows());
    node.put("rows", check.rows());
    node.put("problem", check.problem());
    ctx.header("Cache-Control", "no-store").json(node);
  }

  private static void delete(Context ctx, Services s) throws java.io.IOException {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    s.datasets().delete(w, Calls.id(ctx, "id"), Calls.caller(ctx).actor());
    ctx.status(204);
  }

  private static void derive(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    DeriveRequest request = DeriveRequest.of(Calls.body(ctx));
    Job job = s.jobs().start(w, request, Calls.caller(ctx).actor());
    s.metrics().jobStarted();
    ctx.status(202)
        .header("Location", "/api/v1/workspaces/" + w.name() + "/jobs/" + job.id())
        .json(Views.job(job));
  }

  private static void jobs(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    s.jobs().list(w).forEach(j -> list.add(Views.job(j)));
    ctx.json(list);
  }

  private static void job(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ctx.json(Views.job(s.jobs().get(w, Calls.id(ctx, "id"))));
  }

  private static void cancel(Context ctx, Services s) throws InterruptedException {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    Job job = s.jobs().cancel(w, Calls.id(ctx, "id"), Calls.caller(ctx).actor());
    boolean ended = !job.state().equals("queued") && !job.state().equals("running");
    ctx.status(ended ? 200 : 202).json(Views.job(job));
  }
}
