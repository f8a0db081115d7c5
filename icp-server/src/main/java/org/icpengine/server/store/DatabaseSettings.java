package org.icpengine.server.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Where the app database is: PostgreSQL when {@code ICP_DB_URL} is set (with {@code ICP_DB_USER}
 * and {@code ICP_DB_PASSWORD}), else an embedded H2 file in the data folder.
 *
 * @param url the JDBC address
 * @param user the user, empty for the embedded file
 * @param password the password, empty for the embedded file
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
   * Returns the embedded file {@code icp.mv.db} in the folder. Other processes on the machine (the
   * {@code icp users} and {@code icp tokens} commands while a server runs) reach it through H2's
   * automatic server mode; every commit is written at once, so a crash loses nothing committed.
   */
  public static DatabaseSettings embedded(Path dataFolder) {
    String file = dataFolder.toAbsolutePath().resolve("icp").toString();
    return new DatabaseSettings(
        "jdbc:h2:file:"
            + file
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";AUTO_SERVER=TRUE;WRITE_DELAY=0",
        "icp",
        "",
        true);
  }

  /** Returns the address without any password it may hold, for messages. */
  public String shownUrl() {
    int query = url.indexOf('?');
    int semicolon = url.indexOf(';');
    int cut = query >= 0 ? query : semicolon >= 0 ? semicolon : url.length();
    return url.substring(0, cut);
  }
}
