package org.icpengine.server.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.server.ServerException;
import org.icpengine.server.access.Passwords;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.Secrets;
import org.icpengine.server.access.UserStore;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;

/**
 * What a workspace's admins do with its people: invite someone (making an account with an initial
 * password shown once when the address has none), change a role or department, remove a member.
 * Each change is written with its audit entry in one transaction; a password is never audited.
 */
public final class Members {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final int PASSWORD_LENGTH = 20;

  private final Database database;
  private final Clock clock;

  /** Creates the service. */
  public Members(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Who was invited, and the initial password of a new account (shown once), empty when the address
   * already had an account and keeps its own password.
   */
  public record Invitation(String email, Role role, Optional<String> initialPassword) {}

  /**
   * Makes the address a member with the role, making an account for it when there is none.
   *
   * @throws ServerException 400 for a malformed address, 409 when already a member
   */
  public Invitation invite(Workspace workspace, String email, Role role, String actor) {
    String address = address(email);
    Instant now = clock.instant();
    return database.inTransaction(
        db -> {
          Optional<UserStore.User> user = UserStore.find(db, address);
          Optional<String> password = Optional.empty();
          long id;
          if (user.isPresent()) {
            id = user.get().id();
            if (WorkspaceStore.role(db, workspace.id(), id).isPresent()) {
              throw ServerException.conflict(
                  address + " is already a member: change their role in the list instead");
            }
          } else {
            password = Optional.of(Secrets.random().substring(0, PASSWORD_LENGTH));
            String hash = Passwords.hash(password.get());
            id = UserStore.put(db, address, hash, now);
            UserStore.setPassword(db, id, hash, true);
          }
          WorkspaceStore.setMember(db, workspace.id(), id, role);
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              "member.invited",
              "member " + address,
              role.key() + (password.isPresent() ? " (new account)" : ""));
          return new Invitation(address, role, password);
        });
  }

  /**
   * Sets a member's role and department key (marketing, sales, …; null for none) in one change.
   *
   * @throws ServerException 404 when the address is no member, 409 for the last admin
   */
  public void assign(
      Workspace workspace, String email, Role role, String department, String actor) {
    change(
        workspace,
        email,
        (db, id) -> {
          WorkspaceStore.setMember(db, workspace.id(), id, role);
          WorkspaceStore.setDepartment(db, workspace.id(), id, department);
        },
        actor,
        "member.set",
        role.key() + ", " + (department == null ? "no department" : department));
  }

  /**
   * Removes a member; their account stays (it may belong to other workspaces).
   *
   * @throws ServerException 404 when the address is no member, 409 for the last admin
   */
  public void remove(Workspace workspace, String email, String actor) {
    change(
        workspace,
        email,
        (db, id) -> WorkspaceStore.removeMember(db, workspace.id(), id),
        actor,
        "member.removed",
        "");
  }

  private interface Change {
    void apply(Connection db, long userId) throws SQLException;
  }

  private void change(
      Workspace workspace, String email, Change change, String actor, String action, String what) {
    String address = address(email);
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          Optional<UserStore.User> user = UserStore.find(db, address);
          if (user.isEmpty()
              || WorkspaceStore.role(db, workspace.id(), user.get().id()).isEmpty()) {
            throw ServerException.notFound(address + " is not a member of this workspace");
          }
          change.apply(db, user.get().id());
          AuditLog.record(db, workspace.id(), now, actor, action, "member " + address, what);
          return null;
        });
  }

  private static String address(String email) {
    String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
      throw ServerException.badRequest(
          "'" + address + "' is not an e-mail address: give one like ana@example.com");
    }
    return address;
  }
}
