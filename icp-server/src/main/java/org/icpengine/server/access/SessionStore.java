package org.icpengine.server.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.icpengine.server.store.Sql;

/** Browser sessions in the app database, under the SHA-256 digest of their cookie. */
public final class SessionStore {
  private SessionStore() {}

  /** A live session: its user and CSRF token. */
  public record Session(long userId, String email, String csrf, Instant expiresAt) {}

  /** Stores a session. */
  public static void create(
      Connection db, String digest, long userId, String csrf, Instant now, Instant expires)
      throws SQLException {
    Sql.update(
        db,
        "INSERT INTO sessions (id_hash, user_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?,"
            + " ?)",
        digest,
        userId,
        csrf,
        now,
        expires);
  }

  /** Returns the session with the digest if it has not expired. */
  public static Optional<Session> findLive(Connection db, String digest, Instant now)
      throws SQLException {
    return Sql.one(
        db,
        "SELECT s.user_id, u.email, s.csrf, s.expires_at FROM sessions s JOIN users u ON u.id ="
            + " s.user_id WHERE s.id_hash = ? AND s.expires_at > ?",
        row ->
            new Session(
                row.getLong("user_id"),
                row.getString("email"),
                row.getString("csrf"),
                Sql.instant(row, "expires_at")),
        digest,
        now);
  }

  /** Ends a session. */
  public static void delete(Connection db, String digest) throws SQLException {
    Sql.update(db, "DELETE FROM sessions WHERE id_hash = ?", digest);
  }

  /** Ends every session of the user but the one with the digest. */
  public static int deleteOthers(Connection db, long userId, String keptDigest)
      throws SQLException {
    return Sql.update(
        db, "DELETE FROM sessions WHERE user_id = ? AND id_hash <> ?", userId, keptDigest);
  }

  /** Removes expired sessions. */
  public static int purge(Connection db, Instant now) throws SQLException {
    return Sql.update(db, "DELETE FROM sessions WHERE expires_at <= ?", now);
  }
}
