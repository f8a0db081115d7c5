package org.icpengine.server.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.icpengine.server.store.Sql;

/** Writes and reads the audit log; writing inside the change's transaction keeps them together. */
public final class AuditLog {
  private static final int DETAIL_LIMIT = 4000;

  private AuditLog() {}

  /** Records a change. */
  public static void record(
      Connection db,
      Long workspaceId,
      Instant at,
      String actor,
      String action,
      String target,
      String detail)
      throws SQLException {
    String shortened = detail.length() > DETAIL_LIMIT ? detail.substring(0, DETAIL_LIMIT) : detail;
    Sql.insert(
        db,
        "INSERT INTO audit_log (workspace_id, happened_at, actor, action, target, detail)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        workspaceId,
        at,
        actor,
        action,
        target,
        shortened);
  }

  /** Returns the workspace's newest entries before the id (all when null), newest first. */
  public static List<AuditEntry> list(Connection db, long workspaceId, Long before, int limit)
      throws SQLException {
    return Sql.list(
        db,
        "SELECT id, happened_at, actor, action, target, detail FROM audit_log"
            + " WHERE workspace_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
        row ->
            new AuditEntry(
                row.getLong("id"),
                Sql.instant(row, "happened_at"),
                row.getString("actor"),
                row.getString("action"),
                row.getString("target"),
                row.getString("detail")),
        workspaceId,
        before == null ? Long.MAX_VALUE : before,
        limit);
  }
}
