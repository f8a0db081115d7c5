package org.icpengine.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database listens on no port, has a password of its own, and a private folder. */
class EmbeddedDatabaseTest {
  @TempDir Path dir;

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static boolean posix(Path path) {
    return path.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  @Test
  void embedded_listensOnNoPortAndKeepsARandomPasswordPrivate() throws Exception {
    DatabaseSettings first = DatabaseSettings.embedded(dir);
    assertThat(first.url()).doesNotContainIgnoringCase("AUTO_SERVER").startsWith("jdbc:h2:file:");
    assertThat(first.password()).matches("[A-Za-z0-9_-]{43}");
    assertThat(first.toString()).doesNotContain(first.password());
    assertThat(DatabaseSettings.embedded(dir).password()).isEqualTo(first.password());
    assertThat(DatabaseSettings.embedded(Files.createDirectory(dir.resolve("other"))).password())
        .isNotEqualTo(first.password());
    assumeTrue(posix(dir));
    assertThat(permissions(dir.resolve(EmbeddedPassword.FILE))).isEqualTo("rw-------");
  }

  @Test
  void open_needsThePasswordAndLeavesNoServerAddressBehind() throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    try (Database db = Database.open(settings)) {
      Migrations.migrate(db);
      assertThatThrownBy(() -> DriverManager.getConnection(settings.url(), "icp", "").close())
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("Wrong user name or password");
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .contains("icp.mv.db")
          .noneMatch(name -> name.endsWith(".lock.db"));
    }
  }

  @Test
  void open_givesADatabaseMadeWithoutAPasswordTheFoldersOne() throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    try (var legacy = DriverManager.getConnection(settings.url(), "icp", "");
        var statement = legacy.createStatement()) {
      statement.execute("CREATE TABLE kept (id INT)");
    }
    try (Database db = Database.open(settings)) {
      java.util.List<Integer> kept =
          db.inTransaction(c -> Sql.list(c, "SELECT id FROM kept", r -> r.getInt(1)));
      assertThat(kept).isEmpty();
    }
    assertThatThrownBy(() -> DriverManager.getConnection(settings.url(), "icp", "").close())
        .isInstanceOf(SQLException.class);
  }

  @Test
  void open_refusesAPasswordFileThatDoesNotOpenTheDatabase() throws Exception {
    DatabaseSettings settings = DatabaseSettings.embedded(dir);
    Database.open(settings).close();
    Files.writeString(dir.resolve(EmbeddedPassword.FILE), "A".repeat(43));
    assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(dir)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("restore the " + EmbeddedPassword.FILE)
        .hasMessageNotContaining("\n");
  }

  @Test
  void dataFolder_isReadableByItsUserOnly() throws Exception {
    assumeTrue(posix(dir));
    Path loose = Files.createDirectory(dir.resolve("data"));
    Files.setPosixFilePermissions(loose, PosixFilePermissions.fromString("rwxr-xr-x"));
    DataFolder folder = new DataFolder(loose);
    try (Database db = Database.open(DatabaseSettings.embedded(folder.root()))) {
      Migrations.migrate(db);
      Files.writeString(folder.datasets().resolve("old.csv"), "a\n1\n");
      assertThat(folder.protectFiles()).isGreaterThanOrEqualTo(3);
    }
    for (Path part : new Path[] {loose, folder.datasets(), folder.uploads(), folder.work()}) {
      assertThat(permissions(part)).as(part.toString()).isEqualTo("rwx------");
    }
    assertThat(permissions(loose.resolve("icp.mv.db"))).isEqualTo("rw-------");
    assertThat(permissions(folder.datasets().resolve("old.csv"))).isEqualTo("rw-------");
    Path fresh = dir.resolve("fresh");
    try (var out = DataFolder.createPrivate(Files.createDirectories(fresh).resolve("f"))) {
      out.write(1);
    }
    assertThat(permissions(fresh.resolve("f"))).isEqualTo("rw-------");
  }
}
