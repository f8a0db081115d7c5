package org.icpengine.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.icpengine.server.ServerException;
import org.icpengine.server.audit.AuditLog;
import org.icpengine.server.testing.Backend;
import org.icpengine.server.version.Version;
import org.icpengine.server.version.VersionStore;
import org.icpengine.server.workspace.Workspace;
import org.icpengine.server.workspace.WorkspaceStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The store on both backends: migrations, refusing newer schemas, locking, transactions. */
class MigrationsTest {
  @TempDir Path dir;

  private Database open(Backend backend) {
    return Database.open(DatabaseSettings.from(backend.environment(), dir));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void migratesOnceThenFindsItUpToDate(Backend backend) {
    try (Database db = open(backend)) {
      Migrations.Outcome first = Migrations.migrate(db);
      assertThat(first.from()).isEqualTo("empty");
      assertThat(first.applied()).isEqualTo(Migrations.FILES.size());
      Migrations.Outcome second = Migrations.migrate(db);
      assertThat(second.applied()).isZero();
      assertThat(Migrations.current(db)).hasValue(Migrations.latest().getVersion());
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void refusesADatabaseMigratedByANewerVersion(Backend backend) {
    try (Database db = open(backend)) {
      Migrations.migrate(db);
      db.inTransaction(
          c ->
              Sql.update(
                  c,
                  "INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                      + " script, checksum, installed_by, execution_time, success) VALUES (99,"
                      + " '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'test', 1, true)"));
      assertThatThrownBy(() -> Migrations.migrate(db))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("schema is version 99, newer than this icp knows")
          .hasMessageContaining("upgrade icp");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aStaleRevisionIsRefusedAndAFailedTransactionLeavesNoTrace(Backend backend) {
    try (Database db = open(backend)) {
      Migrations.migrate(db);
      Instant now = Instant.parse("2026-11-23T10:00:00Z");
      Workspace w = db.inTransaction(c -> WorkspaceStore.create(c, "acme", now));
      Version v =
          db.inTransaction(
              c -> VersionStore.create(c, w.id(), "imported", null, "", "{}", now, "a"));
      assertThat(v.number()).isEqualTo(1);
      db.inTransaction(c -> VersionStore.update(c, v, 1, "first", "{}", now, "a"));
      assertThatThrownBy(
              () -> db.inTransaction(c -> VersionStore.update(c, v, 1, "second", "{}", now, "b")))
          .isInstanceOf(ServerException.class)
          .hasMessageContaining("revision 2");
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                      c -> {
                        AuditLog.record(c, w.id(), now, "a", "version.edited", "version 1", "");
                        VersionStore.create(c, w.id(), "imported", null, "", "{}", now, "a");
                        throw new IllegalStateException("crash before commit");
                      }))
          .hasMessage("crash before commit");
      java.util.List<org.icpengine.server.audit.AuditEntry> audit =
          db.inTransaction(c -> AuditLog.list(c, w.id(), null, 10));
      assertThat(audit).isEmpty();
      java.util.List<Version> versions = db.inTransaction(c -> VersionStore.list(c, w.id()));
      assertThat(versions)
          .singleElement()
          .satisfies(only -> assertThat(only.notes()).isEqualTo("first"));
      Version next =
          db.inTransaction(
              c -> VersionStore.create(c, w.id(), "imported", null, "", "{}", now, "a"));
      assertThat(next.number()).isEqualTo(2);
    }
  }

  @org.junit.jupiter.api.Test
  void printsTheSchemaItMigratesTo() {
    String sql = Migrations.printSql();
    assertThat(sql).startsWith("-- V1__app_schema.sql").contains("CREATE TABLE versions");
  }

  @org.junit.jupiter.api.Test
  void refusesAnAddressThatIsNotPostgresql() {
    assertThatThrownBy(
            () -> DatabaseSettings.from(java.util.Map.of("ICP_DB_URL", "jdbc:mysql://x/y"), dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("PostgreSQL");
  }

  @org.junit.jupiter.api.Test
  void saysWhenPostgresqlCannotBeReached() {
    java.util.Map<String, String> env =
        java.util.Map.of(
            "ICP_DB_URL", "jdbc:postgresql://127.0.0.1:1/icp?connectTimeout=2",
            "ICP_DB_USER", "icp",
            "ICP_DB_PASSWORD", "secret");
    assertThatThrownBy(() -> Database.open(DatabaseSettings.from(env, dir)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(
            "cannot connect to the app database at jdbc:postgresql://127.0.0.1:1/icp")
        .hasMessageNotContaining("secret");
  }
}
