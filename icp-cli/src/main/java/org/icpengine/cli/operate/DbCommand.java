package org.icpengine.cli.operate;

import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.DataFolderOption;
import org.icpengine.cli.Failures;
import org.icpengine.server.Operations;
import org.icpengine.server.store.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code icp db migrate | print-sql}: the app database's schema, for operators. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description =
        "The server's app database: migrate it to this version's schema (icp serve does this at"
            + " start), or print the schema's SQL for a DBA to review or run.")
public final class DbCommand extends CommandGroup {
  /** Creates the command. */
  public DbCommand(Console console) {
    super(console);
  }

  /** Returns the command with its subcommands, writing to the console. */
  public static picocli.CommandLine commandLine(Console console) {
    return new picocli.CommandLine(new DbCommand(console))
        .addSubcommand(new Migrate(console))
        .addSubcommand(new PrintSql(console));
  }

  /** {@code icp db migrate}. */
  @Command(
      name = "migrate",
      mixinStandardHelpOptions = true,
      description =
          "Connect, refuse a schema newer than this icp knows, and migrate: the embedded file in"
              + " --data, or PostgreSQL when ICP_DB_URL is set.")
  static final class Migrate implements Callable<Integer> {
    @Mixin DataFolderOption data;

    private final Console console;

    Migrate(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      try (Operations ops = Operations.open(data.folder(), System.getenv())) {
        Migrations.Outcome outcome = ops.migration();
        console
            .out()
            .println(
                outcome.applied() == 0
                    ? "The app database at "
                        + ops.database().shownUrl()
                        + " is up to date (schema version "
                        + outcome.to()
                        + ")."
                    : "Migrated the app database at "
                        + ops.database().shownUrl()
                        + " from "
                        + outcome.from()
                        + " to schema version "
                        + outcome.to()
                        + " ("
                        + outcome.applied()
                        + " migration(s)).");
      }
      return Failures.OK;
    }
  }

  /** {@code icp db print-sql}. */
  @Command(
      name = "print-sql",
      mixinStandardHelpOptions = true,
      description = "Print every migration's SQL, in order, without connecting to a database.")
  static final class PrintSql implements Callable<Integer> {
    private final Console console;

    PrintSql(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      console.out().print(Migrations.printSql());
      return Failures.OK;
    }
  }
}
