package org.icpengine.server.access;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.icpengine.server.ServerException;
import org.icpengine.server.store.Sql;

/** Users in the app database, found by their e-mail address (case ignored). */
public final class UserStore {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private UserStore() {}

  /** A user as stored. */
  public record User(long id, String email, String passwordHash) {}

  /**
   * Adds a user, or sets the password of an existing one; returns the id.
   *
   * @throws ServerException when the address is malformed
   */
  public static long put(Connection db, String email, String passwordHash, Instant now)
      throws SQLException {
    String address = normal(email);
    if (!EMAIL.matcher(address).matches()) {
      throw ServerException.badRequest(
          "'" + email + "' is not an e-mail address: give one like ana@example.com");
    }
    Optional<User> existing = find(db, address);
    if (existing.isPresent()) {
      Sql.update(
          db, "UPDATE users SET password_hash = ? WHERE id = ?", passwordHash, existing.get().id());
      return existing.get().id();
    }
    return Sql.insert(
        db,
        "INSERT INTO users (email, password_hash, created_at) VALUES (?, ?, ?)",
        address,
        passwordHash,
        now);
  }

  /** Returns the user with the address, if any. */
  public static Optional<User> find(Connection db, String email) throws SQLException {
    return Sql.one(
        db,
        "SELECT id, email, password_hash FROM users WHERE email = ?",
        row -> new User(row.getLong("id"), row.getString("email"), row.getString("password_hash")),
        normal(email));
  }

  /** Sets a user's password, and whether they must change it at their next sign-in. */
  public static void setPassword(Connection db, long id, String passwordHash, boolean mustChange)
      throws SQLException {
    Sql.update(
        db,
        "UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?",
        passwordHash,
        mustChange,
        id);
  }

  /** Returns whether the user must choose a password of their own (theirs is an initial one). */
  public static boolean mustChangePassword(Connection db, long id) throws SQLException {
    return Sql.one(
            db, "SELECT must_change_password FROM users WHERE id = ?", row -> row.getBoolean(1), id)
        .orElse(false);
  }

  private static String normal(String email) {
    return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
  }
}
