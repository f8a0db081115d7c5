package org.icpengine.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The app database's schema, brought up to date in a fixed sequence: connect, refuse a schema newer
 * than this build knows, migrate. The migrations are the SQL files under {@code db/migration}, run
 * by Flyway.
 */
public final class Migrations {
  /** The migration files in order; {@link #printSql()} prints them. */
  static final List<String> FILES =
      List.of(
          "V1__app_schema.sql",
          "V2__review.sql",
          "V3__dataset_mapping.sql",
          "V4__login_throttle.sql",
          "V5__column_matches.sql",
          "V6__kpi_targets.sql",
          "V7__scheduled_tasks.sql",
          "V8__departments.sql",
          "V9__reports_and_password_change.sql",
          "V10__match_decisions.sql");

  private static final String LOCATION = "db/migration";

  private Migrations() {}

  /** What migrating did. */
  public record Outcome(String from, String to, int applied) {}

  /**
   * Migrates the database to this build's schema.
   *
   * @throws StoreException when the database's schema is newer than this build's
   */
  public static Outcome migrate(Database database) {
    Flyway flyway = flyway(database);
    refuseNewer(flyway);
    MigrationInfo current = flyway.info().current();
    String from = current == null ? "empty" : current.getVersion().getVersion();
    MigrateResult result;
    try {
      result = flyway.migrate();
    } catch (org.flywaydb.core.api.FlywayException e) {
      throw new StoreException("cannot migrate the app database: " + e.getMessage(), e);
    }
    return new Outcome(from, latest().getVersion(), result.migrationsExecuted);
  }

  /** Returns the version of the database's schema, or empty when it has none yet. */
  public static Optional<String> current(Database database) {
    MigrationInfo current = flyway(database).info().current();
    return current == null ? Optional.empty() : Optional.of(current.getVersion().getVersion());
  }

  /** Returns the newest schema version this build knows. */
  public static MigrationVersion latest() {
    String last = FILES.get(FILES.size() - 1);
    return MigrationVersion.fromVersion(last.substring(1, last.indexOf("__")));
  }

  /** Returns every migration's SQL, in order, each under a comment naming its file. */
  public static String printSql() {
    StringBuilder sql = new StringBuilder();
    for (String file : FILES) {
      sql.append("-- ").append(file).append('\n');
      try (InputStream in =
          Migrations.class.getClassLoader().getResourceAsStream(LOCATION + "/" + file)) {
        if (in == null) {
          throw new IllegalStateException("migration " + file + " is missing from the build");
        }
        sql.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sql.toString();
  }

  private static void refuseNewer(Flyway flyway) {
    List<String> newer = new ArrayList<>();
    for (MigrationInfo info : flyway.info().applied()) {
      MigrationState state = info.getState();
      if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
        newer.add(info.getVersion().getVersion());
      }
    }
    if (!newer.isEmpty()) {
      throw new StoreException(
          "the app database's schema is version "
              + newer.get(newer.size() - 1)
              + ", newer than this icp knows ("
              + latest().getVersion()
              + "): upgrade icp, or point it at another database");
    }
  }

  private static Flyway flyway(Database database) {
    return Flyway.configure()
        .dataSource(database.dataSource())
        .locations("classpath:" + LOCATION)
        .validateMigrationNaming(true)
        .load();
  }
}
