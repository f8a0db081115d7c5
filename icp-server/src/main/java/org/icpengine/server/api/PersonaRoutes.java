package org.icpengine.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.icpengine.data.personas.PersonaJson;
import org.icpengine.server.access.Role;
import org.icpengine.server.personas.BuyerPersonas;
import org.icpengine.server.personas.WorkspacePersonas;
import org.icpengine.server.workspace.Workspace;

/** The buyer personas of a workspace: the same JSON as {@code icp personas --json}, stamped. */
final class PersonaRoutes {
  private PersonaRoutes() {}

  static void register(Javalin app, Services s) {
    app.get("/api/v1/workspaces/{workspace}/personas", ctx -> personas(ctx, s));
  }

  private static void personas(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    WorkspacePersonas personas =
        s.personas().of(w, BuyerPersonas.version(ctx.queryParam("version")));
    ObjectNode answer = Calls.JSON.createObjectNode();
    answer.put("version", personas.version());
    answer.put("version_state", personas.state());
    answer.put("dataset", personas.datasetId());
    answer.put("dataset_name", personas.datasetName());
    answer.setAll(PersonaJson.of(personas.report()));
    ctx.json(answer);
  }
}
