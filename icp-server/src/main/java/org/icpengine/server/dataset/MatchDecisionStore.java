package org.icpengine.server.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.icpengine.server.store.Sql;

/** The review decisions of each workspace, in the app database (table {@code match_decisions}). */
public final class MatchDecisionStore {
  private MatchDecisionStore() {}

  /** Returns a workspace's decisions, oldest first. */
  public static List<MatchDecision> list(Connection db, long workspaceId) throws SQLException {
    return Sql.list(
        db,
        "SELECT * FROM match_decisions WHERE workspace_id = ? ORDER BY id",
        row ->
            new MatchDecision(
                row.getString("source"),
                row.getString("row_name"),
                row.getString("row_domain"),
                row.getString("account_key"),
                Verdict.parse(row.getString("decision")),
                row.getString("decided_by"),
                Sql.instant(row, "decided_at")),
        workspaceId);
  }

  /** Records a decision, replacing the workspace's earlier one on the same pair. */
  public static void decide(Connection db, long workspaceId, MatchDecision d) throws SQLException {
    Sql.update(
        db,
        "DELETE FROM match_decisions WHERE workspace_id = ? AND source = ? AND row_name = ?"
            + " AND row_domain = ? AND account_key = ?",
        workspaceId,
        d.source(),
        d.rowName(),
        d.rowDomain(),
        d.accountKey());
    Sql.update(
        db,
        "INSERT INTO match_decisions (workspace_id, source, row_name, row_domain, account_key,"
            + " decision, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        workspaceId,
        d.source(),
        d.rowName(),
        d.rowDomain(),
        d.accountKey(),
        d.verdict().word(),
        d.decidedBy(),
        d.decidedAt());
  }
}
