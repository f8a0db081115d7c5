package org.icpengine.server.scoring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.store.Database;
import org.icpengine.server.workspace.Workspace;

/**
 * The column matches a workspace confirmed in the score explorer ("Technologies" holds "Tech
 * Stack"), remembered so that later uploads are matched the same way.
 */
public final class ConfirmedMatches {
  /** The longest column name kept. */
  static final int MAX_NAME = 300;

  private final Database database;
  private final Clock clock;

  /** Creates the service. */
  public ConfirmedMatches(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /** Returns the workspace's confirmed matches, by model column. */
  public List<ConfirmedMatch> list(Workspace workspace) {
    return database.inTransaction(db -> ColumnMatchStore.list(db, workspace.id()));
  }

  /** Returns the workspace's confirmed matches as model column to file column. */
  public Map<String, String> asMap(Workspace workspace) {
    Map<String, String> map = new LinkedHashMap<>();
    list(workspace).forEach(m -> map.put(m.modelColumn(), m.fileColumn()));
    return map;
  }

  /**
   * Remembers matches, model column to file column, with an audit entry.
   *
   * @throws ServerException 400 when there are none or a name is blank or too long
   */
  public void confirm(Workspace workspace, Map<String, String> matches, String actor) {
    if (matches.isEmpty()) {
      throw ServerException.badRequest("no column match to confirm: match a column first");
    }
    matches.forEach(
        (model, file) -> {
          check(model);
          check(file);
        });
    Instant now = clock.instant();
    database.inTransaction(
        db -> {
          ColumnMatchStore.confirm(db, workspace.id(), matches, actor, now);
          AuditLog.record(
              db,
              workspace.id(),
              now,
              actor,
              "column_matches.confirmed",
              "workspace " + workspace.name(),
              String.join(
                  "; ",
                  matches.entrySet().stream()
                      .map(e -> e.getKey() + " \u2190 " + e.getValue())
                      .toList()));
          return null;
        });
  }

  private static void check(String name) {
    if (name == null || name.isBlank() || name.length() > MAX_NAME) {
      throw ServerException.badRequest(
          "a column name must be 1 to " + MAX_NAME + " characters, not '" + name + "'");
    }
  }
}
