package org.icpengine.cli.serve;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.icpengine.cli.Console;
import org.icpengine.cli.DataFolderOption;
import org.icpengine.cli.Failures;
import org.icpengine.data.InputException;
import org.icpengine.server.IcpServer;
import org.icpengine.server.ServerOptions;
import org.icpengine.server.api.MetricsAccess;
import org.icpengine.server.store.DatabaseSettings;
import org.icpengine.server.store.Migrations;
import org.icpengine.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code icp serve}: runs the ICP server until it is stopped (Ctrl+C or SIGTERM). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Run the ICP server: workspaces, datasets, background derives, ICP versions (draft → in"
            + " review → published → archived), the audit log, and scoring over a REST API under"
            + " /api/v1 (OpenAPI at /api/v1/openapi.json). The app database is an embedded file"
            + " in --data, or PostgreSQL when ICP_DB_URL, ICP_DB_USER and ICP_DB_PASSWORD are set;"
            + " it is migrated at start. Stops gracefully on Ctrl+C or SIGTERM.")
public final class ServeCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "7070",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all)")
  String host;

  @Option(
      names = "--upload-limit",
      paramLabel = "MIB",
      defaultValue = "" + ServerOptions.DEFAULT_UPLOAD_LIMIT_MIB,
      description = "Largest upload or CSV batch taken, in MiB (default: ${DEFAULT-VALUE})")
  long uploadLimitMib;

  @Option(
      names = "--job-timeout",
      paramLabel = "MINUTES",
      defaultValue = "30",
      description =
          "Longest a derive may run before it is stopped and fails, in minutes (default:"
              + " ${DEFAULT-VALUE})")
  long jobTimeoutMinutes;

  @Option(
      names = "--workspace-quota",
      paramLabel = "GIB",
      defaultValue = "" + ServerOptions.Limits.DEFAULT_WORKSPACE_QUOTA_GIB,
      description =
          "Most a workspace's datasets may take on disk, in GiB; uploads beyond it are refused"
              + " (default: ${DEFAULT-VALUE})")
  long workspaceQuotaGib;

  @Option(
      names = "--secure-cookies",
      description = "Mark session cookies Secure and send HSTS: use behind a TLS proxy")
  boolean secureCookies;

  @Option(
      names = "--metrics-token",
      paramLabel = "TOKEN",
      description =
          "Serve /metrics to any address that sends 'Authorization: Bearer TOKEN' (at least 16"
              + " characters; or set ICP_METRICS_TOKEN, which keeps it out of the process list)."
              + " Without it /metrics answers only this machine (127.0.0.1, ::1)")
  String metricsToken;

  @Mixin DataFolderOption data;

  /** Creates the command, writing to the given console. */
  public ServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new InputException("--port must be between 0 and 65535, not " + port);
    }
    if (uploadLimitMib < 1) {
      throw new InputException("--upload-limit must be at least 1 MiB");
    }
    if (jobTimeoutMinutes < 1) {
      throw new InputException("--job-timeout must be at least 1 minute, not " + jobTimeoutMinutes);
    }
    if (workspaceQuotaGib < 1) {
      throw new InputException(
          "--workspace-quota must be at least 1 GiB, not " + workspaceQuotaGib);
    }
    ServerOptions.Limits limits =
        ServerOptions.Limits.defaults()
            .withJobTimeout(Duration.ofMinutes(jobTimeoutMinutes))
            .withWorkspaceQuota(workspaceQuotaGib << 30);
    IcpServer server =
        IcpServer.start(
            new ServerOptions(
                host,
                port,
                data.folder(),
                uploadLimitMib * 1024 * 1024,
                secureCookies,
                environment(),
                limits),
            List.of(new WebApp()));
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  console.out().println("Stopping: finishing running requests…");
                  console.out().flush();
                  server.close();
                  console.out().println("Stopped.");
                  console.out().flush();
                  stopped.countDown();
                },
                "icp-serve-stop"));
    describe(server);
    stopped.await();
    return Failures.OK;
  }

  /** The process environment, with the metrics token from the command line if one was given. */
  private java.util.Map<String, String> environment() {
    java.util.Map<String, String> environment = new java.util.HashMap<>(System.getenv());
    if (metricsToken != null) {
      environment.put(MetricsAccess.TOKEN_VARIABLE, metricsToken);
    }
    return environment;
  }

  private void describe(IcpServer server) {
    String shownHost = host.equals("0.0.0.0") ? "localhost" : host;
    console
        .out()
        .println(
            "ICP server listening on http://"
                + shownHost
                + ":"
                + server.port()
                + "  (web app /, API /api/v1, OpenAPI /api/v1/openapi.json, /metrics)");
    DatabaseSettings db = server.database();
    if (db.embedded()) {
      console
          .out()
          .println(
              "App database: embedded file in "
                  + data.folder().toAbsolutePath().normalize()
                  + ". Fine for trying ICP Engine; for a team, use PostgreSQL: set ICP_DB_URL,"
                  + " ICP_DB_USER and ICP_DB_PASSWORD.");
    } else {
      console.out().println("App database: PostgreSQL at " + db.shownUrl());
    }
    Migrations.Outcome migration = server.migration();
    console
        .out()
        .println(
            migration.applied() == 0
                ? "Schema: up to date (version " + migration.to() + ")"
                : "Schema: migrated from "
                    + migration.from()
                    + " to version "
                    + migration.to()
                    + " ("
                    + migration.applied()
                    + " migration(s))");
    if (server.workspaces() == 0) {
      console
          .out()
          .println(
              "No workspace yet: icp workspaces add NAME, then icp users add EMAIL --workspace"
                  + " NAME --role admin, or icp tokens create --workspace NAME --role editor.");
    }
    console.out().println("Stop with Ctrl+C.");
    console.out().flush();
  }
}
