package org.icpengine.web.page;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.TokenStore;
import org.icpengine.server.api.Services;
import org.icpengine.server.review.Department;
import org.icpengine.server.workspace.Members;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.icpengine.web.Templates;
import org.icpengine.web.Web;
import org.icpengine.web.view.AdminForm;

/**
 * The settings page and the admin's forms on it: required sign-offs (in {@link WorkspacePages}),
 * inviting people, their roles and departments, removing them, and API tokens. A new password or
 * token is shown once, on the page answering the form; a refused form comes back with the error
 * next to its field and what was typed kept.
 */
public final class SettingsPage {
  private static final String BASE = "/w/{workspace}";

  private SettingsPage() {}

  /** Registers the admin's forms. */
  public static void register(Javalin app, Services s) {
    app.post(BASE + "/members", ctx -> invite(ctx, s));
    app.post(BASE + "/members/change", ctx -> change(ctx, s));
    app.post(BASE + "/members/remove", ctx -> remove(ctx, s));
    app.post(BASE + "/tokens", ctx -> createToken(ctx, s));
    app.post(BASE + "/tokens/revoke", ctx -> revokeToken(ctx, s));
  }

  /** Renders the settings page with the outcome of a form (or {@link AdminForm#NONE}). */
  static void show(Context ctx, Services s, Workspace w, AdminForm form) {
    boolean admin = s.access().roleIn(Web.caller(ctx, s), w) == Role.ADMIN;
    Map<String, Object> model = new HashMap<>();
    model.put("frame", Web.frame(ctx, s, w, "Settings", "settings"));
    model.put("departments", List.of(Department.values()));
    model.put("required", s.reviews().required(w));
    model.put("members", s.database().inTransaction(db -> WorkspaceStore.members(db, w.id())));
    model.put(
        "tokens",
        admin
            ? s.database().inTransaction(db -> TokenStore.list(db, w.id()))
            : List.<TokenStore.Token>of());
    model.put("form", form);
    Templates.render(ctx, "settings.jte", model);
  }

  private static Members members(Services s) {
    return new Members(s.database(), s.clock());
  }

  private static void invite(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    String email = value(ctx, "email");
    String role = value(ctx, "role");
    try {
      Members.Invitation invited =
          members(s).invite(w, email, Role.of(role), Web.caller(ctx, s).actor());
      show(ctx, s, w, AdminForm.invited(invited));
    } catch (ServerException e) {
      ctx.status(e.kind() == ServerException.Kind.CONFLICT ? 409 : 422);
      show(ctx, s, w, AdminForm.inviteRefused(email, role, e.getMessage()));
    }
  }

  private static void change(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    String email = value(ctx, "email");
    Role role = Role.of(value(ctx, "role"));
    String key = value(ctx, "department");
    String department = key.isEmpty() ? null : Department.of(key).key();
    members(s).assign(w, email, role, department, Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "/settings#members", "Saved " + email + ".");
  }

  private static void remove(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    String email = value(ctx, "email");
    members(s).remove(w, email, Web.caller(ctx, s).actor());
    Web.redirect(
        ctx,
        "/w/" + w.name() + "/settings#members",
        "Removed " + email + " from " + w.name() + ".");
  }

  private static void createToken(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    String name = value(ctx, "name");
    String role = value(ctx, "role");
    if (name.isEmpty() || name.length() > 100) {
      ctx.status(422);
      show(
          ctx,
          s,
          w,
          AdminForm.tokenRefused(name, role, "give the token a name of 1 to 100 characters"));
      return;
    }
    Role parsed = Role.of(role);
    Access.NewToken token = s.access().createToken(w, name, parsed, Web.caller(ctx, s).actor());
    show(ctx, s, w, AdminForm.tokenCreated(name, parsed, token.secret()));
  }

  private static void revokeToken(Context ctx, Services s) {
    Web.checkForm(ctx, s);
    Workspace w = Web.workspace(ctx, s, Role.ADMIN);
    long id = VersionPages.whole(ctx, "id");
    s.access().revokeToken(w, id, Web.caller(ctx, s).actor());
    Web.redirect(ctx, "/w/" + w.name() + "/settings#tokens", "Revoked token " + id + ".");
  }

  private static String value(Context ctx, String field) {
    String value = ctx.formParam(field);
    return value == null ? "" : value.strip();
  }
}
