package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.icpengine.server.access.Role;
import org.icpengine.server.version.DraftEdit;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionState;
import org.icpengine.server.workspace.Workspace;

/** The published ICP and its versions: list, read, import, edit drafts, move between states. */
final class VersionRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}";

  private VersionRoutes() {}

  static void register(Javalin app, Services s) {
    app.get(BASE + "/icp", ctx -> published(ctx, s));
    app.get(BASE + "/versions", ctx -> list(ctx, s));
    app.post(BASE + "/versions", ctx -> importIcp(ctx, s));
    app.get(BASE + "/versions/{version}", ctx -> get(ctx, s));
    app.patch(BASE + "/versions/{version}", ctx -> edit(ctx, s));
    app.post(BASE + "/versions/{version}/state", ctx -> move(ctx, s));
  }

  private static void published(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    int number = s.published().of(w).versionNumber();
    Version v = s.versions().get(w, number);
    ctx.header("ETag", v.etag()).json(Views.version(v, true));
  }

  private static void list(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    s.versions().list(w).forEach(v -> list.add(Views.version(v, false)));
    ctx.json(list);
  }

  private static void importIcp(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    JsonNode icp = Calls.body(ctx);
    String notes =
        java.util.Objects.requireNonNullElse(ctx.queryParam("notes"), "imported icp.json");
    Version v = s.versions().importIcp(w, icp, notes, Calls.caller(ctx).actor());
    ctx.status(201)
        .header("Location", ctx.path() + "/" + v.number())
        .header("ETag", v.etag())
        .json(Views.version(v, false));
  }

  private static void get(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    Version v = s.versions().get(w, Calls.version(ctx));
    ctx.header("ETag", v.etag()).json(Views.version(v, true));
  }

  private static void edit(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    JsonNode body = Calls.body(ctx);
    int revision = Calls.revision(ctx, body);
    Version v =
        s.versions()
            .edit(w, Calls.version(ctx), revision, DraftEdit.of(body), Calls.caller(ctx).actor());
    ctx.header("ETag", v.etag()).json(Views.version(v, false));
  }

  private static void move(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    JsonNode body = Calls.body(ctx);
    VersionState to = VersionState.of(body.path("state").asText(""));
    s.access().require(Calls.caller(ctx), w, to.neededToEnter());
    int revision = Calls.revision(ctx, body);
    java.util.Optional<String> override =
        body.path("override").isTextual()
            ? java.util.Optional.of(body.get("override").asText())
            : java.util.Optional.empty();
    Version v =
        s.versions().move(w, Calls.version(ctx), revision, to, Calls.caller(ctx).actor(), override);
    ctx.header("ETag", v.etag()).json(Views.version(v, false));
  }
}
