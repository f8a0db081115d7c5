package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operators' commands against a fresh embedded app database. */
class OperateCommandsTest {
  @TempDir Path dir;

  private String data() {
    return "--data=" + dir.resolve("server");
  }

  private static Cli.Result withInput(String input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void setsUpAWorkspaceWithAUserAndAToken() {
    Cli.Result added = Cli.run("workspaces", "add", "acme", data());
    assertThat(added.exitCode()).as(added.err()).isZero();
    assertThat(added.out()).contains("Added workspace acme");
    Cli.Result user =
        withInput(
            "a long enough password\n",
            "users",
            "add",
            "ana@acme.test",
            "--workspace",
            "acme",
            "--role",
            "admin",
            "--password-stdin",
            data());
    assertThat(user.exitCode()).as(user.err()).isZero();
    assertThat(user.out()).contains("Added ana@acme.test to workspace acme as admin.");
    Cli.Result token =
        Cli.run(
            "tokens", "create", "--workspace", "acme", "--role", "viewer", "--name", "crm", data());
    assertThat(token.exitCode()).as(token.err()).isZero();
    assertThat(token.out().trim()).matches("icp_[A-Za-z0-9_-]{43}");
    assertThat(token.err()).contains("shown only now");
    Cli.Result list = Cli.run("workspaces", "list", data());
    assertThat(list.out()).contains("acme  (nothing published)");
    assertThat(Files.exists(dir.resolve("server").resolve("icp.mv.db"))).isTrue();
  }

  @Test
  void badInputIsOneLineAndExitCodeTwo() {
    Cli.run("workspaces", "add", "acme", data());
    assertOneLine(Cli.run("workspaces", "add", "acme", data()), "workspace 'acme' already exists");
    assertOneLine(
        Cli.run("workspaces", "add", "Not A Name", data()), "must be 1 to 63 lower case letters");
    assertOneLine(
        Cli.run("tokens", "create", "--workspace", "nope", "--role", "viewer", data()),
        "no workspace 'nope': create it with icp workspaces add nope");
    assertOneLine(
        Cli.run("tokens", "create", "--workspace", "acme", "--role", "owner", data()),
        "role 'owner' is not one of viewer, editor, admin");
    assertOneLine(
        withInput(
            "short\n",
            "users",
            "add",
            "a@b.test",
            "--workspace",
            "acme",
            "--role",
            "viewer",
            "--password-stdin",
            data()),
        "at least 10 characters");
    assertOneLine(
        withInput(
            "a long enough password\n",
            "users",
            "add",
            "not-an-address",
            "--workspace",
            "acme",
            "--role",
            "viewer",
            "--password-stdin",
            data()),
        "is not an e-mail address");
    assertOneLine(
        Cli.run("users", "add", "a@b.test", "--workspace", "acme", "--role", "viewer", data()),
        "--password-stdin");
    assertOneLine(Cli.run("serve", "--port", "70000", data()), "--port must be between 0");
    assertOneLine(Cli.run("workspaces"), "say add or list (see icp workspaces --help)");
    assertOneLine(Cli.run("db"), "say migrate or print-sql (see icp db --help)");
  }

  @Test
  void aDataFolderThatIsAFileIsRefused() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertOneLine(Cli.run("db", "migrate", "--data=" + file), "as the data folder");
  }

  @Test
  void migratesAndPrintsTheSchema() {
    Cli.Result first = Cli.run("db", "migrate", data());
    assertThat(first.exitCode()).as(first.err()).isZero();
    String latest = org.icpengine.server.store.Migrations.latest().getVersion();
    assertThat(first.out())
        .contains("Migrated the app database")
        .contains("from empty to schema version " + latest);
    Cli.Result again = Cli.run("db", "migrate", data());
    assertThat(again.out()).contains("is up to date (schema version " + latest + ")");
    Cli.Result sql = Cli.run("db", "print-sql");
    assertThat(sql.exitCode()).isZero();
    assertThat(sql.out()).contains("CREATE TABLE workspaces").contains("CREATE TABLE audit_log");
  }

  @Test
  void operatorsCommandsAreRefusedInOneLineWhileTheServerRuns() throws Exception {
    Cli.run("workspaces", "add", "acme", data());
    Process server = serve();
    try {
      String refusal = "the server is running on this data folder";
      assertOneLine(Cli.run("workspaces", "add", "globex", data()), refusal);
      assertOneLine(
          Cli.run("tokens", "create", "--workspace", "acme", "--role", "viewer", data()), refusal);
      assertOneLine(
          withInput(
              "a long enough password\n",
              "users",
              "add",
              "ana@acme.test",
              "--workspace",
              "acme",
              "--role",
              "admin",
              "--password-stdin",
              data()),
          refusal);
      assertOneLine(
          Cli.run("db", "migrate", data()), "stop it, or make the change through the API");
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
    Cli.Result after = Cli.run("workspaces", "add", "globex", data());
    assertThat(after.exitCode()).as(after.err()).isZero();
  }

  /**
   * Starts {@code icp serve} on the data folder in a process of its own; returns once it listens.
   */
  private Process serve() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                java,
                "-Xmx512m",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--port=0",
                data())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("ICP server listening")) {
        return process;
      }
    }
    throw new AssertionError("icp serve ended without listening");
  }

  private static void assertOneLine(Cli.Result result, String message) {
    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("icp: ").contains(message);
  }
}
