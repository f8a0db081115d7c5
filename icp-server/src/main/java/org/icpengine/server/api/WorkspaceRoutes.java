package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.TokenStore;
import org.icpengine.server.access.UserStore;
import org.icpengine.server.audit.AuditEntry;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.review.Department;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/** A workspace's members, tokens and audit log. */
final class WorkspaceRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}";

  private WorkspaceRoutes() {}

  static void register(Javalin app, Services s) {
    app.get(BASE + "/members", ctx -> members(ctx, s));
    app.put(BASE + "/members", ctx -> setMember(ctx, s));
    app.get(BASE + "/tokens", ctx -> tokens(ctx, s));
    app.post(BASE + "/tokens", ctx -> createToken(ctx, s));
    app.delete(BASE + "/tokens/{id}", ctx -> revokeToken(ctx, s));
    app.get(BASE + "/audit", ctx -> audit(ctx, s));
  }

  private static void members(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    for (WorkspaceStore.Member m :
        s.database().inTransaction(db -> WorkspaceStore.members(db, w.id()))) {
      list.addObject()
          .put("email", m.email())
          .put("role", m.role().key())
          .put("department", m.department().isEmpty() ? null : m.department());
    }
    ctx.json(list);
  }

  /**
   * Sets a member's role. Answers the same whether or not an account has the address, so an admin
   * cannot find out who has an account elsewhere: an unknown address changes nothing.
   */
  private static void setMember(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.ADMIN);
    JsonNode body = Calls.body(ctx);
    String email = body.path("email").asText("").trim().toLowerCase(Locale.ROOT);
    if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+")) {
      throw ServerException.badRequest(
          "'email' must be an e-mail address such as ana@example.com, not '" + email + "'");
    }
    Role role = Role.of(body.path("role").asText(""));
    String department = department(body);
    String actor = Calls.caller(ctx).actor();
    Instant now = s.clock().instant();
    s.database()
        .inTransaction(
            db -> {
              Optional<UserStore.User> user = UserStore.find(db, email);
              if (user.isPresent()) {
                WorkspaceStore.setMember(db, w.id(), user.get().id(), role);
                AuditLog.record(
                    db,
                    w.id(),
                    now,
                    actor,
                    "member.set",
                    "member " + user.get().email(),
                    role.key());
                if (body.has("department")) {
                  WorkspaceStore.setDepartment(db, w.id(), user.get().id(), department);
                  AuditLog.record(
                      db,
                      w.id(),
                      now,
                      actor,
                      "member.department",
                      "member " + user.get().email(),
                      department == null ? "no department" : department);
                }
              }
              return null;
            });
    ctx.json(Calls.JSON.createObjectNode().put("email", email).put("role", role.key()));
  }

  /** Returns the department key in the body, or null when it is absent, null or empty. */
  private static String department(JsonNode body) {
    String key = body.path("department").asText("");
    return key.isEmpty() ? null : Department.of(key).key();
  }

  private static void tokens(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.ADMIN);
    ArrayNode list = Calls.JSON.createArrayNode();
    for (TokenStore.Token t : s.database().inTransaction(db -> TokenStore.list(db, w.id()))) {
      ObjectNode node = list.addObject();
      node.put("id", t.id());
      node.put("name", t.name());
      node.put("role", t.role().key());
      node.put("created_at", t.createdAt().toString());
      node.put("created_by", t.createdBy());
      node.put("revoked_at", t.revokedAt() == null ? null : t.revokedAt().toString());
    }
    ctx.json(list);
  }

  private static void createToken(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.ADMIN);
    JsonNode body = Calls.body(ctx);
    String name = body.path("name").asText("").trim();
    if (name.isEmpty() || name.length() > 100) {
      throw ServerException.badRequest("give the token a name of 1 to 100 characters");
    }
    Role role = Role.of(body.path("role").asText(""));
    Access.NewToken token = s.access().createToken(w, name, role, Calls.caller(ctx).actor());
    ObjectNode answer = Calls.JSON.createObjectNode();
    answer.put("id", token.id());
    answer.put("name", name);
    answer.put("role", role.key());
    answer.put("token", token.secret());
    answer.put("note", "shown once: store it now");
    ctx.status(201).header("Location", ctx.path() + "/" + token.id()).json(answer);
  }

  private static void revokeToken(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.ADMIN);
    long id = Calls.id(ctx, "id");
    s.access().revokeToken(w, id, Calls.caller(ctx).actor());
    ctx.status(204);
  }

  private static void audit(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    int limit = (int) Math.max(1, Math.min(500, Calls.longQuery(ctx, "limit", 100L)));
    Long before = Calls.longQuery(ctx, "before", null);
    ArrayNode list = Calls.JSON.createArrayNode();
    for (AuditEntry e :
        s.database().inTransaction(db -> AuditLog.list(db, w.id(), before, limit))) {
      list.add(Views.audit(e));
    }
    ctx.json(list);
  }
}
