package org.icpengine.server.scoring;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.icpengine.server.store.Sql;

/** The column matches each workspace confirmed, in the app database. */
public final class ColumnMatchStore {
  private ColumnMatchStore() {}

  /** Returns a workspace's confirmed matches, by model column. */
  public static List<ConfirmedMatch> list(Connection db, long workspaceId) throws SQLException {
    return Sql.list(
        db,
        "SELECT * FROM column_matches WHERE workspace_id = ? ORDER BY model_column",
        row ->
            new ConfirmedMatch(
                row.getString("model_column"),
                row.getString("file_column"),
                row.getString("confirmed_by"),
                Sql.instant(row, "confirmed_at")),
        workspaceId);
  }

  /** Records matches, model column to file column, each replacing the one it had. */
  public static void confirm(
      Connection db, long workspaceId, Map<String, String> matches, String actor, Instant now)
      throws SQLException {
    for (Map.Entry<String, String> match : matches.entrySet()) {
      Sql.update(
          db,
          "DELETE FROM column_matches WHERE workspace_id = ? AND model_column = ?",
          workspaceId,
          match.getKey());
      Sql.update(
          db,
          "INSERT INTO column_matches (workspace_id, model_column, file_column, confirmed_by,"
              + " confirmed_at) VALUES (?, ?, ?, ?, ?)",
          workspaceId,
          match.getKey(),
          match.getValue(),
          actor,
          now);
    }
  }
}
