package org.icpengine.cli.operate;

import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.DataFolderOption;
import org.icpengine.cli.Failures;
import org.icpengine.server.Operations;
import org.icpengine.server.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code icp workspaces add NAME | list}. */
@Command(
    name = "workspaces",
    mixinStandardHelpOptions = true,
    description = "The server's workspaces, one per company or team.")
public final class WorkspacesCommand extends CommandGroup {
  /** Creates the command. */
  public WorkspacesCommand(Console console) {
    super(console);
  }

  /** Returns the command with its subcommands, writing to the console. */
  public static picocli.CommandLine commandLine(Console console) {
    return new picocli.CommandLine(new WorkspacesCommand(console))
        .addSubcommand(new Add(console))
        .addSubcommand(new List(console));
  }

  /** {@code icp workspaces add NAME}. */
  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a workspace.")
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "Lower case letters, digits and dashes")
    String name;

    @Mixin DataFolderOption data;

    private final Console console;

    Add(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      try (Operations ops = Operations.open(data.folder(), System.getenv())) {
        ops.addWorkspace(name);
      }
      console
          .out()
          .println(
              "Added workspace "
                  + name
                  + ". Next: icp users add EMAIL --workspace "
                  + name
                  + " --role admin");
      return Failures.OK;
    }
  }

  /** {@code icp workspaces list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the workspaces.")
  static final class List implements Callable<Integer> {
    @Mixin DataFolderOption data;

    private final Console console;

    List(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      try (Operations ops = Operations.open(data.folder(), System.getenv())) {
        java.util.List<Workspace> all = ops.workspaces();
        if (all.isEmpty()) {
          console.out().println("No workspaces yet: icp workspaces add NAME");
        }
        for (Workspace w : all) {
          console
              .out()
              .println(
                  w.name()
                      + (w.publishedVersion() == null ? "  (nothing published)" : "  (published)"));
        }
      }
      return Failures.OK;
    }
  }
}
