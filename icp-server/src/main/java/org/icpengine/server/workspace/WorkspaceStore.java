package org.icpengine.server.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Role;
import org.icpengine.server.store.Sql;

/** Workspaces and their members in the app database. */
public final class WorkspaceStore {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final String COLUMNS = "id, name, published_version_id, created_at";

  private WorkspaceStore() {}

  /**
   * Checks a new workspace's name.
   *
   * @throws ServerException when it is not lower case letters, digits and dashes
   */
  public static String checkName(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw ServerException.badRequest(
          "workspace name '"
              + name
              + "' must be 1 to 63 lower case letters, digits and dashes, starting with a letter"
              + " or digit");
    }
    return name;
  }

  /**
   * Creates a workspace.
   *
   * @throws ServerException when the name is taken or malformed
   */
  public static Workspace create(Connection db, String name, Instant now) throws SQLException {
    checkName(name);
    if (find(db, name).isPresent()) {
      throw ServerException.conflict("workspace '" + name + "' already exists");
    }
    long id = Sql.insert(db, "INSERT INTO workspaces (name, created_at) VALUES (?, ?)", name, now);
    return new Workspace(id, name, null, now);
  }

  /** Returns the workspace with the name, if any. */
  public static Optional<Workspace> find(Connection db, String name) throws SQLException {
    return Sql.one(
        db, "SELECT " + COLUMNS + " FROM workspaces WHERE name = ?", WorkspaceStore::read, name);
  }

  /** Returns the workspace with the id. */
  public static Workspace get(Connection db, long id) throws SQLException {
    return Sql.one(
            db, "SELECT " + COLUMNS + " FROM workspaces WHERE id = ?", WorkspaceStore::read, id)
        .orElseThrow(() -> ServerException.notFound("no workspace " + id));
  }

  /** Returns every workspace, by name. */
  public static List<Workspace> all(Connection db) throws SQLException {
    return Sql.list(
        db, "SELECT " + COLUMNS + " FROM workspaces ORDER BY name", WorkspaceStore::read);
  }

  /** Returns the workspaces a user is a member of, by name. */
  public static List<Workspace> of(Connection db, long userId) throws SQLException {
    return Sql.list(
        db,
        "SELECT w.id, w.name, w.published_version_id, w.created_at FROM workspaces w JOIN members m"
            + " ON m.workspace_id = w.id WHERE m.user_id = ? ORDER BY w.name",
        WorkspaceStore::read,
        userId);
  }

  /** Points the workspace at its newly published version. */
  public static void publish(Connection db, long workspaceId, long versionId) throws SQLException {
    Sql.update(
        db, "UPDATE workspaces SET published_version_id = ? WHERE id = ?", versionId, workspaceId);
  }

  /** Clears the published version, when it is archived. */
  public static void unpublish(Connection db, long workspaceId) throws SQLException {
    Sql.update(db, "UPDATE workspaces SET published_version_id = NULL WHERE id = ?", workspaceId);
  }

  /**
   * Makes the user a member with the role, or changes the role of a member.
   *
   * @throws ServerException 409 when it would leave a workspace that had admins without one
   */
  public static void setMember(Connection db, long workspaceId, long userId, Role role)
      throws SQLException {
    if (role != Role.ADMIN
        && role(db, workspaceId, userId).orElse(null) == Role.ADMIN
        && admins(db, workspaceId) == 1) {
      throw ServerException.conflict(
          "this is the workspace's last admin: make someone else admin first");
    }
    int changed =
        Sql.update(
            db,
            "UPDATE members SET role = ? WHERE workspace_id = ? AND user_id = ?",
            role.key(),
            workspaceId,
            userId);
    if (changed == 0) {
      Sql.update(
          db,
          "INSERT INTO members (workspace_id, user_id, role) VALUES (?, ?, ?)",
          workspaceId,
          userId,
          role.key());
    }
  }

  private static long admins(Connection db, long workspaceId) throws SQLException {
    return Sql.one(
            db,
            "SELECT COUNT(*) FROM members WHERE workspace_id = ? AND role = 'admin'",
            row -> row.getLong(1),
            workspaceId)
        .orElse(0L);
  }

  /** Returns a user's role in the workspace, if a member. */
  public static Optional<Role> role(Connection db, long workspaceId, long userId)
      throws SQLException {
    return Sql.one(
        db,
        "SELECT role FROM members WHERE workspace_id = ? AND user_id = ?",
        row -> Role.of(row.getString("role")),
        workspaceId,
        userId);
  }

  /**
   * A member, their role and their department.
   *
   * @param department the department's key (marketing, sales, …), or empty when none is set
   */
  public record Member(String email, Role role, String department) {}

  /** Returns the workspace's members, by e-mail address. */
  public static List<Member> members(Connection db, long workspaceId) throws SQLException {
    return Sql.list(
        db,
        "SELECT u.email, m.role, m.department FROM members m JOIN users u ON u.id = m.user_id"
            + " WHERE m.workspace_id = ? ORDER BY u.email",
        row ->
            new Member(
                row.getString("email"),
                Role.of(row.getString("role")),
                row.getString("department") == null ? "" : row.getString("department")),
        workspaceId);
  }

  /**
   * Removes a member from the workspace.
   *
   * @return whether the user was a member
   * @throws ServerException 409 when they are the workspace's last admin
   */
  public static boolean removeMember(Connection db, long workspaceId, long userId)
      throws SQLException {
    if (role(db, workspaceId, userId).orElse(null) == Role.ADMIN && admins(db, workspaceId) == 1) {
      throw ServerException.conflict(
          "this is the workspace's last admin: make someone else admin first");
    }
    return Sql.update(
            db, "DELETE FROM members WHERE workspace_id = ? AND user_id = ?", workspaceId, userId)
        > 0;
  }

  /**
   * Sets a member's department (a key such as "sales"), or clears it with null.
   *
   * @return whether the user is a member
   */
  public static boolean setDepartment(
      Connection db, long workspaceId, long userId, String department) throws SQLException {
    return Sql.update(
            db,
            "UPDATE members SET department = ? WHERE workspace_id = ? AND user_id = ?",
            department,
            workspaceId,
            userId)
        > 0;
  }

  /** Returns a member's department key, if they are a member with a department. */
  public static Optional<String> department(Connection db, long workspaceId, long userId)
      throws SQLException {
    return Sql.one(
            db,
            "SELECT department FROM members WHERE workspace_id = ? AND user_id = ?",
            row -> Optional.ofNullable(row.getString("department")),
            workspaceId,
            userId)
        .flatMap(d -> d);
  }

  private static Workspace read(ResultSet row) throws SQLException {
    return new Workspace(
        row.getLong("id"),
        row.getString("name"),
        Sql.nullableLong(row, "published_version_id"),
        Sql.instant(row, "created_at"));
  }
}
