package org.icpengine.server.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the app database is: PostgreSQL when {@code ICP_DB_URL} is set (with {@code ICP_DB_USER}
 * and {@code ICP_DB_PASSWORD}), else an embedded H2 file in the data folder.
 *
 * @param url the JDBC address
 * @param user the user
 * @param password the password
 * @param embedded whether this is the embedded file
 */
public record DatabaseSettings(String url, String user, String password, boolean embedded) {
  /** The variable naming a PostgreSQL database. */
  public static final String URL_VARIABLE = "ICP_DB_URL";

  /** The variable naming its user. */
  public static final String USER_VARIABLE = "ICP_DB_USER";

  /** The variable holding its password. */
  public static final String PASSWORD_VARIABLE = "ICP_DB_PASSWORD";

  /** Checks that no part is null. */
  public DatabaseSettings {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
  }

  /** Returns PostgreSQL if the environment names one, else the embedded file in the folder. */
  public static DatabaseSettings from(Map<String, String> environment, Path dataFolder) {
    String url = environment.getOrDefault(URL_VARIABLE, "").trim();
    if (url.isEmpty()) {
      return embedded(dataFolder);
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new StoreException(
          URL_VARIABLE
              + " is '"
              + url
              + "': give a PostgreSQL address such as jdbc:postgresql://db:5432/icp, or unset it"
              + " to use the embedded database");
    }
    return new DatabaseSettings(
        url,
        environment.getOrDefault(USER_VARIABLE, ""),
        environment.getOrDefault(PASSWORD_VARIABLE, ""),
        false);
  }

  /**
   * Returns the embedded file {@code icp.mv.db} in the folder, opened by one process at a time
   * (H2's file lock; it listens on no port), with the random password kept beside it in {@code
   * icp-db.password} (made on first use, readable by this user only). Every commit is written at
   * once, so a crash loses nothing committed.
   *
   * @throws StoreException when the password file cannot be read or made
   */
  public static DatabaseSettings embedded(Path dataFolder) {
    Path folder = dataFolder.toAbsolutePath().normalize();
    return new DatabaseSettings(
        "jdbc:h2:file:"
            + folder.resolve("icp")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
        "icp",
        EmbeddedPassword.of(folder),
        true);
  }

  /** Returns the embedded database's data folder; only for the embedded file. */
  Path embeddedFolder() {
    if (!embedded) {
      throw new IllegalStateException("not the embedded database: " + shownUrl());
    }
    return Path.of(shownUrl().substring("jdbc:h2:file:".length())).getParent();
  }

  /** Returns the address without any password it may hold, for messages. */
  public String shownUrl() {
    int query = url.indexOf('?');
    int semicolon = url.indexOf(';');
    int cut = query >= 0 ? query : semicolon >= 0 ? semicolon : url.length();
    return url.substring(0, cut);
  }

  /** Returns the settings without the password. */
  @Override
  public String toString() {
    return "DatabaseSettings[" + shownUrl() + ", user " + user + "]";
  }
}
