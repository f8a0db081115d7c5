package org.icpengine.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.EnumSet;
import java.util.Set;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.review.Comment;
import org.icpengine.server.review.Department;
import org.icpengine.server.review.Reviews;
import org.icpengine.server.review.SignOff;
import org.icpengine.server.version.Version;
import org.icpengine.server.workspace.Workspace;

/** The review of a version: comments, sign-offs, and the departments a workspace requires. */
final class ReviewRoutes {
  private static final String BASE = "/api/v1/workspaces/{workspace}";

  private ReviewRoutes() {}

  static void register(Javalin app, Services s) {
    app.get(BASE + "/versions/{version}/comments", ctx -> comments(ctx, s));
    app.post(BASE + "/versions/{version}/comments", ctx -> comment(ctx, s));
    app.get(BASE + "/versions/{version}/signoffs", ctx -> signOffs(ctx, s));
    app.post(BASE + "/versions/{version}/signoffs", ctx -> signOff(ctx, s));
    app.get(BASE + "/settings/signoffs", ctx -> required(ctx, s));
    app.put(BASE + "/settings/signoffs", ctx -> setRequired(ctx, s));
  }

  private static void comments(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ArrayNode list = Calls.JSON.createArrayNode();
    s.reviews().comments(w, Calls.version(ctx)).forEach(c -> list.add(comment(c)));
    ctx.json(list);
  }

  private static void comment(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    JsonNode body = Calls.body(ctx);
    JsonNode parent = body.get("parent");
    if (parent != null && !parent.isNull() && !parent.canConvertToLong()) {
      throw ServerException.badRequest("parent must be the id of the comment answered");
    }
    Comment c =
        s.reviews()
            .comment(
                w,
                Calls.version(ctx),
                body.path("subject").asText("version"),
                parent == null || parent.isNull() ? null : parent.asLong(),
                body.path("body").asText(""),
                Calls.caller(ctx).actor());
    ctx.status(201).json(comment(c));
  }

  private static void signOffs(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    int number = Calls.version(ctx);
    Version v = s.versions().get(w, number);
    ObjectNode answer = Calls.JSON.createObjectNode();
    departments(answer.putArray("required"), s.reviews().required(w));
    ArrayNode list = answer.putArray("signoffs");
    for (SignOff o : s.reviews().signOffs(w, number)) {
      ObjectNode node = list.addObject();
      node.put("department", o.department().key());
      node.put("decision", o.approved() ? "approve" : "changes");
      node.put("note", o.note());
      node.put("signed_by", o.signedBy());
      node.put("signed_at", o.signedAt().toString());
    }
    departments(
        answer.putArray("missing"),
        s.database().inTransaction(db -> Reviews.missing(db, w.id(), v.id())));
    ctx.json(answer);
  }

  private static void signOff(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.EDITOR);
    JsonNode body = Calls.body(ctx);
    String decision = body.path("decision").asText("");
    if (!decision.equals("approve") && !decision.equals("changes")) {
      throw ServerException.badRequest("decision must be approve or changes");
    }
    s.reviews()
        .signOff(
            w,
            Calls.version(ctx),
            Department.of(body.path("department").asText("")),
            decision.equals("approve"),
            body.path("note").asText(""),
            Calls.caller(ctx));
    signOffs(ctx, s);
  }

  private static void required(Context ctx, Services s) {
    Workspace w = Calls.workspace(ctx, s, Role.VIEWER);
    ObjectNode answer = Calls.JSON.createObjectNode();
    departments(answer.putArray("required"), s.reviews().required(w));
    ctx.json(answer);
  }

  private static void setRequired(Context ctx, Services s) throws Exception {
    Workspace w = Calls.workspace(ctx, s, Role.ADMIN);
    JsonNode body = Calls.body(ctx);
    JsonNode list = body.get("required");
    if (list == null || !list.isArray()) {
      throw ServerException.badRequest(
          "give {\"required\": [\"sales\", \"finance\", …]}: the departments that must approve");
    }
    Set<Department> required = EnumSet.noneOf(Department.class);
    list.forEach(d -> required.add(Department.of(d.asText())));
    s.reviews().setRequired(w, required, Calls.caller(ctx).actor());
    required(ctx, s);
  }

  private static ObjectNode comment(Comment c) {
    ObjectNode node = Calls.JSON.createObjectNode();
    node.put("id", c.id());
    node.put("subject", c.subject());
    if (c.parentId() == null) {
      node.putNull("parent");
    } else {
      node.put("parent", c.parentId());
    }
    node.put("author", c.author());
    node.put("body", c.body());
    node.put("created_at", c.createdAt().toString());
    return node;
  }

  private static void departments(ArrayNode array, Set<Department> departments) {
    departments.forEach(d -> array.add(d.key()));
  }
}
