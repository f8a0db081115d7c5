package org.icpengine.server.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded database is opened by one process at a time: H2 locks the file, and a second process
 * (an operator's command while the server runs) is told so in one line instead of waiting.
 */
final class EmbeddedLock {
  /** H2's "database may be already in use". */
  private static final int LOCKED = 90020;

  /** H2's "wrong user name or password". */
  private static final int WRONG_PASSWORD = 28000;

  private EmbeddedLock() {}

  /**
   * Opens and closes one connection to see that this process may use the file. A database made
   * before it had a password (an empty one) is given the folder's password.
   *
   * @throws StoreException when another process holds the file, or the password does not open it
   */
  static void probe(DatabaseSettings settings) {
    try {
      DriverManager.getConnection(settings.url(), settings.user(), settings.password()).close();
    } catch (SQLException e) {
      if (held(e)) {
        throw inUse(settings, e);
      }
      if (e.getErrorCode() == WRONG_PASSWORD && adoptPassword(settings)) {
        return;
      }
      throw new StoreException(
          "cannot open the embedded app database at "
              + settings.shownUrl()
              + ": "
              + Database.firstLine(e.getMessage())
              + (e.getErrorCode() == WRONG_PASSWORD
                  ? ": restore the " + EmbeddedPassword.FILE + " that came with the database"
                  : ""),
          e);
    }
  }

  /** Returns whether the failure says another process holds the file. */
  static boolean held(Throwable failure) {
    return failure instanceof SQLException && ((SQLException) failure).getErrorCode() == LOCKED;
  }

  /** Returns the one-line refusal for a file another process holds. */
  static StoreException inUse(DatabaseSettings settings, Throwable cause) {
    return new StoreException(
        "the server is running on this data folder ("
            + settings.embeddedFolder()
            + "): stop it, or make the change through the API or the web app",
        cause);
  }

  private static boolean adoptPassword(DatabaseSettings settings) {
    try (Connection legacy = DriverManager.getConnection(settings.url(), settings.user(), "");
        Statement statement = legacy.createStatement()) {
      // the password is base64url (checked when read), so it cannot break out of the literal
      statement.execute(
          "ALTER USER " + settings.user() + " SET PASSWORD '" + settings.password() + "'");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
