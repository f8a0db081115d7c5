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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.icpengine.model.scoring.SqlText;

/**
 * One in-memory DuckDB database, private to one run, locked down when it opens: it reads only the
 * files granted by its {@link EngineAccess} and its own private folder (where spill files, files
 * staged by {@link #readable(Path)} and outputs of {@link #copy} live), never the network; it loads
 * no extension it does not have built in, downloads none; and its configuration is locked, so no
 * statement can loosen any of this. The folder is deleted on close.
 */
public final class Engine implements AutoCloseable {
  /**
   * The system property that, set to {@code true} when an engine opens, turns its query log on
   * before the configuration is locked (the benchmarks' statement traces read {@code duckdb_logs});
   * never set in production.
   */
  public static final String QUERY_LOG_PROPERTY = "icp.engine.query-log";

  /** Reads one row of a result. */
  @FunctionalInterface
  public interface RowReader<T> {
    /** Returns the value for the current row. */
    T read(ResultSet row) throws SQLException;
  }

  private static final long GIB = 1L << 30;
  private static final long STREAMING_BYTES_PER_CORE = 2L << 30;

  private final Connection connection;
  private final EngineFolder folder;
  private final Set<Statement> running = ConcurrentHashMap.newKeySet();

  private Engine(Connection connection, EngineFolder folder) {
    this.connection = connection;
    this.folder = folder;
  }

  /**
   * Opens a fresh in-memory engine with the given memory limit, e.g. "4GB", that may read the
   * granted files in place.
   */
  public static Engine open(String memoryLimit, EngineAccess access) {
    EngineFolder folder;
    try {
      folder = EngineFolder.create(access.readable()::contains);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create the analytics engine's folder: " + e, e);
    }
    Engine engine = null;
    try {
      engine = new Engine(DriverManager.getConnection("jdbc:duckdb:"), folder);
      engine.configure(memoryLimit, access);
      return engine;
    } catch (SQLException | EngineException e) {
      if (engine != null) {
        engine.close();
      } else {
        folder.delete();
      }
      throw new IllegalStateException("cannot start the embedded analytics engine: " + e, e);
    }
  }

  /** Opens an engine with the given memory limit that reads only its own folder. */
  public static Engine open(String memoryLimit) {
    return open(memoryLimit, EngineAccess.none());
  }

  /**
   * Opens an engine with a memory limit of a third of this machine's memory, at least 1 GB, that
   * may read the granted files in place.
   */
  public static Engine open(EngineAccess access) {
    return open(Math.max(1, machineMemory() / 3 / GIB) + "GB", access);
  }

  /**
   * Returns the memory limit for an engine that streams a file through one ordered statement
   * ({@code icp score}): a third of this machine's memory, at most 2 GB per core, at least 1 GB.
   * The cap bounds the engine's order-keeping {@code COPY}, which holds the batches that finish
   * ahead of an earlier one and lets that buffer grow towards a quarter of the limit over a long
   * file; a lower cap keeps memory flatter but starves the write (1M rows on 2 cores: 30.7 s at 1
   * GB, 26.2 s at 2 GB, 19.5 s at 4 GB, 20.1 s at 8 GB; docs/benchmarks.md).
   */
  public static String streamingMemoryLimit() {
    return streamingMemoryLimit(machineMemory(), Runtime.getRuntime().availableProcessors());
  }

  /**
   * Returns the streaming memory limit ({@link #streamingMemoryLimit()}) for a machine with the
   * given memory and cores, in MB, e.g. "1024MB".
   */
  static String streamingMemoryLimit(long machineBytes, int cores) {
    long perCores = Math.max(1, cores) * STREAMING_BYTES_PER_CORE;
    long bytes = Math.max(GIB, Math.min(machineBytes / 3, perCores));
    return bytes / (1L << 20) + "MB";
  }

  private static long machineMemory() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getTotalMemorySize();
  }

  /** Opens an engine with a memory limit of a third of this machine's memory, at least 1 GB. */
  public static Engine open() {
    return open(EngineAccess.none());
  }

  private void configure(String memoryLimit, EngineAccess access) {
    execute("SET memory_limit = " + literal(memoryLimit));
    execute("SET temp_directory = " + literal(folder.spill().toString()));
    execute("SET preserve_insertion_order = true");
    // statements without ORDER BY (icp score's one COPY) write rows in file order only if no step
    // gives it up; this rewrite plans a constant IN list of six or more as a join, which does
    execute("SET disabled_optimizers = 'in_clause'");
    // the cleaning macros use lambdas; settings cannot change once the configuration is locked
    execute("SET lambda_syntax = 'DISABLE_SINGLE_ARROW'");
    execute("SET autoinstall_known_extensions = false");
    execute("SET autoload_known_extensions = false");
    execute("SET allowed_directories = [" + literal(folder.root() + java.io.File.separator) + "]");
    execute("SET allowed_paths = " + pathList(access.readable()));
    execute("SET enable_external_access = false");
    if (Boolean.getBoolean(QUERY_LOG_PROPERTY)) {
      execute("CALL enable_logging('QueryLog')");
    }
    execute("SET lock_configuration = true");
  }

  private static String pathList(List<Path> paths) {
    List<String> literals = new ArrayList<>();
    for (Path path : paths) {
      literals.add(literal(path.toString()));
    }
    return "[" + String.join(", ", literals) + "]::VARCHAR[]";
  }

  /**
   * Returns the path under which the engine may read a file: the file itself when it was granted at
   * open or lies in the engine's folder, otherwise a hard link to it (or a copy, across file
   * systems) in the engine's folder. A missing file comes back as given, for the engine to report.
   *
   * @throws java.io.UncheckedIOException when the file cannot be linked or copied
   */
  public Path readable(Path file) {
    return folder.readable(file);
  }

  /** Returns a new, not yet existing file path in the engine's folder, e.g. for a conversion. */
  public Path scratchFile(String suffix) {
    return folder.newFile(suffix);
  }

  /**
   * Writes a query's result to a file: {@code COPY (query) TO … options} into the engine's folder,
   * then moved to the target (replacing it).
   *
   * @param options the COPY options, e.g. {@code (FORMAT csv, HEADER true)}
   */
  public void copy(String query, String options, Path target) throws java.io.IOException {
    Path written = folder.newFile(".out");
    try {
      execute("COPY (" + query + ") TO " + literal(written.toString()) + " " + options);
      EngineFolder.moveOut(written, target);
    } finally {
      Files.deleteIfExists(written);
    }
  }

  /**
   * Interrupts the statement running on this engine, from any thread: it ends with an {@link
   * EngineException} whose {@link EngineException#interrupted()} is true. Without a running
   * statement it does nothing. This is the hook for time limits.
   */
  public void interrupt() {
    for (Statement statement : running) {
      try {
        statement.cancel();
      } catch (SQLException e) {
        // a statement that just finished has nothing left to interrupt
      }
    }
  }

  /** Runs a statement that returns no rows. */
  public void execute(String sql) {
    try (Statement statement = connection.createStatement()) {
      running.add(statement);
      try {
        statement.execute(sql);
      } finally {
        running.remove(statement);
      }
    } catch (SQLException e) {
      throw new EngineException(sql, e);
    }
  }

  /** Runs a query and reads every row with the given reader. */
  public <T> List<T> query(String sql, RowReader<T> reader) {
    try (Statement statement = connection.createStatement()) {
      running.add(statement);
      try {
        return read(statement.executeQuery(sql), reader);
      } finally {
        running.remove(statement);
      }
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
      running.add(statement);
      try {
        return read(statement.executeQuery(), reader);
      } finally {
        running.remove(statement);
      }
    } catch (SQLException e) {
      throw new EngineException(sql, e);
    }
  }

  private static <T> List<T> read(ResultSet rows, RowReader<T> reader) throws SQLException {
    try (rows) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(reader.read(rows));
      }
      return result;
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
    folder.delete();
  }

  /** Quotes an identifier for SQL: {@code Annual Revenue} becomes {@code "Annual Revenue"}. */
  public static String quote(String identifier) {
    return SqlText.quote(identifier);
  }

  /**
   * Quotes a string literal for SQL. A NUL character, which the engine's parser reads as the end of
   * the statement, becomes {@code chr(0)} concatenated in.
   */
  public static String literal(String value) {
    return SqlText.literal(value);
  }

  /** Returns the engine's version string. */
  public String version() {
    return queryOne("SELECT version()", r -> r.getString(1)).toLowerCase(Locale.ROOT);
  }
}
