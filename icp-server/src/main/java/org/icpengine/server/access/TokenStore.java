package org.icpengine.server.access;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.icpengine.server.store.Sql;

/** API tokens in the app database, stored as SHA-256 digests. */
public final class TokenStore {
  private TokenStore() {}

  /**
   * A token as stored (never its secret).
   *
   * @param id its id
   * @param workspaceId its workspace
   * @param name what it is for
   * @param role what it may do
   * @param createdAt when it was made
   * @param createdBy who made it
   * @param revokedAt when it was revoked, or null
   */
  public record Token(
      long id,
      long workspaceId,
      String name,
      Role role,
      Instant createdAt,
      String createdBy,
      Instant revokedAt) {}

  /** Stores a new token's digest and returns its id. */
  public static long create(
      Connection db,
      long workspaceId,
      String name,
      Role role,
      String digest,
      Instant now,
      String createdBy)
      throws SQLException {
    return Sql.insert(
        db,
        "INSERT INTO tokens (workspace_id, name, role, token_hash, created_at, created_by)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        workspaceId,
        name,
        role.key(),
        digest,
        now,
        createdBy);
  }

  /** Returns the live (not revoked) token with the digest, if any. */
  public static Optional<Token> findLive(Connection db, String digest) throws SQLException {
    return Sql.one(
        db,
        "SELECT * FROM tokens WHERE token_hash = ? AND revoked_at IS NULL",
        TokenStore::read,
        digest);
  }

  /** Returns the workspace's tokens, newest first. */
  public static List<Token> list(Connection db, long workspaceId) throws SQLException {
    return Sql.list(
        db,
        "SELECT * FROM tokens WHERE workspace_id = ? ORDER BY id DESC",
        TokenStore::read,
        workspaceId);
  }

  /** Revokes a token of the workspace; returns whether there was a live one. */
  public static boolean revoke(Connection db, long workspaceId, long id, Instant now)
      throws SQLException {
    return Sql.update(
            db,
            "UPDATE tokens SET revoked_at = ? WHERE id = ? AND workspace_id = ? AND revoked_at IS"
                + " NULL",
            now,
            id,
            workspaceId)
        == 1;
  }

  private static Token read(ResultSet row) throws SQLException {
    return new Token(
        row.getLong("id"),
        row.getLong("workspace_id"),
        row.getString("name"),
        Role.of(row.getString("role")),
        Sql.instant(row, "created_at"),
        row.getString("created_by"),
        Sql.instant(row, "revoked_at"));
  }
}
