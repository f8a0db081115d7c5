package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Locale;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Caller;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/** Signing in and out, and who the caller is. */
final class SessionRoutes {
  private SessionRoutes() {}

  static void register(Javalin app, Services s) {
    app.post("/api/v1/session", ctx -> signIn(ctx, s));
    app.delete("/api/v1/session", ctx -> signOut(ctx, s));
    app.get("/api/v1/me", ctx -> me(ctx, s));
  }

  private static void signIn(Context ctx, Services s) throws Exception {
    // a form on another site can post text/plain that reads as JSON, but not application/json
    // without the browser asking first (CORS), which this server never allows: no login CSRF
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json")) {
      throw ServerException.badRequest(
          "sign in with Content-Type: application/json and a body {\"email\", \"password\"}");
    }
    JsonNode body = Calls.body(ctx);
    Access.NewSession session =
        s.access()
            .signIn(body.path("email").asText(""), body.path("password").asText(null), ctx.ip());
    SessionCookie.set(ctx, session, s.secureCookies());
    ObjectNode answer = Calls.JSON.createObjectNode();
    answer.put("email", session.caller().actor());
    answer.put("csrf_token", session.csrf());
    ctx.status(201).json(answer);
  }

  private static void signOut(Context ctx, Services s) {
    Calls.caller(ctx);
    SessionCookie.end(ctx, s.access());
    ctx.status(204);
  }

  private static void me(Context ctx, Services s) {
    Caller caller = Calls.caller(ctx);
    ObjectNode answer = Calls.JSON.createObjectNode();
    answer.put("actor", caller.actor());
    answer.put("kind", caller.viaSession() ? "user" : "token");
    if (caller.csrf() != null) {
      answer.put("csrf_token", caller.csrf());
    }
    ArrayNode workspaces = answer.putArray("workspaces");
    if (caller.viaSession()) {
      for (Workspace w : s.database().inTransaction(db -> WorkspaceStore.of(db, caller.userId()))) {
        workspaces.add(Views.workspace(w, s.access().roleIn(caller, w).key()));
      }
    } else {
      Workspace w =
          s.database().inTransaction(db -> WorkspaceStore.get(db, caller.tokenWorkspace()));
      workspaces.add(Views.workspace(w, caller.tokenRole().key()));
    }
    ctx.json(answer);
  }
}
