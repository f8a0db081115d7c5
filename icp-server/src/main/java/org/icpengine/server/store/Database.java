package org.icpengine.server.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** A pool of connections to the app database and the transactions every store runs in. */
public final class Database implements AutoCloseable {
  /** Work done on one connection inside a transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Connection connection) throws SQLException;
  }

  private final HikariDataSource pool;
  private final DatabaseSettings settings;

  private Database(HikariDataSource pool, DatabaseSettings settings) {
    this.pool = pool;
    this.settings = settings;
  }

  /**
   * Connects.
   *
   * @throws StoreException when the database cannot be reached
   */
  public static Database open(DatabaseSettings settings) {
    if (settings.embedded()) {
      EmbeddedLock.probe(settings);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(settings.url());
    config.setUsername(settings.user());
    config.setPassword(settings.password());
    config.setMaximumPoolSize(settings.embedded() ? 8 : 16);
    config.setPoolName("icp-app-db");
    config.setConnectionTimeout(10_000);
    config.setInitializationFailTimeout(10_000);
    try {
      return new Database(new HikariDataSource(config), settings);
    } catch (HikariPool.PoolInitializationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (settings.embedded() && EmbeddedLock.held(cause)) {
        throw EmbeddedLock.inUse(settings, e);
      }
      throw new StoreException(
          "cannot connect to the app database at "
              + settings.shownUrl()
              + ": "
              + firstLine(cause.getMessage())
              + (settings.embedded() ? "" : ": check ICP_DB_URL, ICP_DB_USER and ICP_DB_PASSWORD"),
          e);
    }
  }

  /** Returns where the database is. */
  public DatabaseSettings settings() {
    return settings;
  }

  /** Returns the connection pool, for migrations. */
  public DataSource dataSource() {
    return pool;
  }

  /** Runs the work in one transaction: committed if it returns, rolled back if it throws. */
  public <T> T inTransaction(Work<T> work) {
    try (Connection connection = pool.getConnection()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("app database error: " + firstLine(e.getMessage()), e);
    }
  }

  /** Returns whether the database answers a trivial query within two seconds. */
  public boolean answers() {
    try (Connection connection = pool.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public void close() {
    pool.close();
  }

  static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }
}
