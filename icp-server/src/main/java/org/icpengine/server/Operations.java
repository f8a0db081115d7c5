package org.icpengine.server;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.icpengine.server.access.Access;
import org.icpengine.server.access.Passwords;
import org.icpengine.server.access.Role;
import org.icpengine.server.access.UserStore;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.DataFolder;
import org.icpengine.server.store.Database;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;

/**
 * What operators do from the command line against the same database a server uses: migrate it, add
 * workspaces and users, make tokens. Each change is audited as "cli". The embedded database is
 * opened by one process at a time, so while a server runs on the folder these are refused (make the
 * change through the API or the web app); PostgreSQL takes them at any time.
 */
public final class Operations implements AutoCloseable {
  /** The audit log's name for changes made from the command line. */
  public static final String ACTOR = "cli";

  private final Database database;
  private final Clock clock;
  private final Migrations.Outcome migration;

  private Operations(Database database, Clock clock, Migrations.Outcome migration) {
    this.database = database;
    this.clock = clock;
    this.migration = migration;
  }

  /**
   * Connects to the database the server with this data folder and environment uses, and migrates
   * it.
   *
   * @throws org.icpengine.server.store.StoreException when it cannot be used, or a server holds the
   *     embedded database
   */
  public static Operations open(java.nio.file.Path dataFolder, java.util.Map<String, String> env) {
    DataFolder folder = new DataFolder(dataFolder);
    Database database = Database.open(DatabaseSettings.from(env, folder.root()));
    try {
      Migrations.Outcome migration = Migrations.migrate(database);
      folder.protectFiles();
      return new Operations(database, Clock.systemUTC(), migration);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  /** Returns what migrating did. */
  public Migrations.Outcome migration() {
    return migration;
  }

  /** Returns where the database is. */
  public DatabaseSettings database() {
    return database.settings();
  }

  /** Returns every workspace. */
  public List<Workspace> workspaces() {
    return database.inTransaction(WorkspaceStore::all);
  }

  /**
   * Adds a workspace.
   *
   * @throws ServerException when the name is taken or malformed
   */
  public Workspace addWorkspace(String name) {
    Instant now = clock.instant();
    return database.inTransaction(
        db -> {
          Workspace w = WorkspaceStore.create(db, name, now);
          AuditLog.record(db, w.id(), now, ACTOR, "workspace.created", "workspace " + name, "");
          return w;
        });
  }

  /**
   * Adds a user (or resets an existing user's password) and makes them a member of the workspace
   * with the role.
   *
   * @throws ServerException when the workspace does not exist or the address is malformed
   * @throws IllegalArgumentException when the password is too short
   */
  public void addUser(String email, String password, Role role, String workspaceName) {
    Passwords.checkNew(password);
    String hash = Passwords.hash(password);
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          Workspace w = workspace(db, workspaceName);
          long id = UserStore.put(db, email, hash, now);
          WorkspaceStore.setMember(db, w.id(), id, role);
          AuditLog.record(
              db, w.id(), now, ACTOR, "member.set", "member " + email.trim(), role.key());
          return null;
        });
  }

  /**
   * Makes an API token for the workspace and returns its secret.
   *
   * @throws ServerException when the workspace does not exist
   */
  public String createToken(String workspaceName, String tokenName, Role role) {
    Workspace w = database.inTransaction(db -> workspace(db, workspaceName));
    return new Access(database, clock).createToken(w, tokenName, role, ACTOR).secret();
  }

  private static Workspace workspace(java.sql.Connection db, String name)
      throws java.sql.SQLException {
    return WorkspaceStore.find(db, name)
        .orElseThrow(
            () ->
                ServerException.notFound(
                    "no workspace '" + name + "': create it with icp workspaces add " + name));
  }

  @Override
  public void close() {
    database.close();
  }
}
