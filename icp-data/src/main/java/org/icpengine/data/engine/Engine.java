package org.icpengine.data.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One in-memory DuckDB database, private to one run. Extensions are never downloaded (there is no
 * network); spilling goes to a temporary folder that is deleted on close.
 */
public final class Engine implements AutoCloseable {
  /** Reads one row of a result. */
  @FunctionalInterface
  public interface RowReader<T> {
    /** Returns the value for the current row. */
    T read(ResultSet row) throws SQLException;
  }

  private final Connection connection;
  private final Path spillDirectory;

  private Engine(Connection connection, Path spillDirectory) {
    this.connection = connection;
    this.spillDirectory = spillDirectory;
  }

  /** Opens a fresh in-memory engine with the given memory limit, e.g. "4GB". */
  public static Engine open(String memoryLimit) {
    try {
      Path spill = Files.createTempDirectory("icp-engine-");
      Connection connection = DriverManager.getConnection("jdbc:duckdb:");
      Engine engine = new Engine(connection, spill);
      engine.execute("SET autoinstall_known_extensions = false");
      engine.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
      engine.execute("SET temp_directory = '" + spill.toString().replace("'", "''") + "'");
      engine.execute("SET preserve_insertion_order = true");
      return engine;
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("cannot start the embedded analytics engine: " + e, e);
    }
  }

  /** Opens an engine with a memory limit of a third of this machine's memory, at least 1 GB. */
  public static Engine open() {
    long bytes =
        ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
            .getTotalMemorySize();
    long gigabytes = Math.max(1, bytes / 3 / (1L << 30));
    return open(gigabytes + "GB");
  }

  /** Runs a statement that returns no rows. */
  public void execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new EngineException(sql, e);
    }
  }

  /** Runs a query and reads every row with the given reader. */
  public <T> List<T> query(String sql, RowReader<T> reader) {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(reader.read(rows));
      }
      return result;
    } catch (SQLException e) {
      throw new EngineException(sql, e);
    }
  }

  /** Runs a query with bound parameters and reads every row with the given reader. */
  public <T> List<T> query(String sql, List<?> parameters, RowReader<T> reader) {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet rows = statement.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rows.next()) {
          result.add(reader.read(rows));
        }
        return result;
      }
    } catch (SQLException e) {
      throw new EngineException(sql, e);
    }
  }

  /** Runs a query expected to return exactly one row and reads it. */
  public <T> T queryOne(String sql, RowReader<T> reader) {
    List<T> rows = query(sql, reader);
    if (rows.size() != 1) {
      throw new IllegalStateException("expected one row, got " + rows.size() + " from: " + sql);
    }
    return rows.get(0);
  }

  /** Returns the number of rows in a table or view. */
  public long count(String relation) {
    return queryOne("SELECT count(*) FROM " + relation, r -> r.getLong(1));
  }

  /** Returns the JDBC connection, for callers that stream large results. */
  public Connection connection() {
    return connection;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing an in-memory database cannot lose anything
    }
    deleteQuietly(spillDirectory);
  }

  private static void deleteQuietly(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // a leftover temporary folder is harmless
    }
  }

  /** Quotes an identifier for SQL: {@code Annual Revenue} becomes {@code "Annual Revenue"}. */
  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /**
   * Quotes a string literal for SQL. A NUL character, which the engine's parser reads as the end of
   * the statement, becomes {@code chr(0)} concatenated in.
   */
  public static String literal(String value) {
    String quoted = "'" + value.replace("'", "''") + "'";
    return value.indexOf(0) < 0 ? quoted : "(" + quoted.replace("\0", "' || chr(0) || '") + ")";
  }

  /** Returns the engine's version string. */
  public String version() {
    return queryOne("SELECT version()", r -> r.getString(1)).toLowerCase(Locale.ROOT);
  }
}
