package org.icpengine.cli.operate;

import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.DataFolderOption;
import org.icpengine.cli.Failures;
import org.icpengine.server.Operations;
import org.icpengine.server.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code icp tokens create --workspace NAME --role ROLE}. */
@Command(
    name = "tokens",
    mixinStandardHelpOptions = true,
    description = "API tokens for automation (CRMs, scripts), one workspace and role each.")
public final class TokensCommand extends CommandGroup {
  /** Creates the command. */
  public TokensCommand(Console console) {
    super(console);
  }

  /** Returns the command with its subcommands, writing to the console. */
  public static picocli.CommandLine commandLine(Console console) {
    return new picocli.CommandLine(new TokensCommand(console)).addSubcommand(new Create(console));
  }

  /** {@code icp tokens create}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Make an API token for a workspace and print it once; only its SHA-256 digest is"
              + " stored. Send it as 'Authorization: Bearer TOKEN'.")
  static final class Create implements Callable<Integer> {
    @Mixin WorkspaceRole access;

    @Option(
        names = "--name",
        paramLabel = "TEXT",
        defaultValue = "cli",
        description = "What the token is for, shown in the audit log (default: ${DEFAULT-VALUE})")
    String name;

    @Mixin DataFolderOption data;

    private final Console console;

    Create(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() {
      Role chosen = access.role();
      String token;
      try (Operations ops = Operations.open(data.folder(), System.getenv())) {
        token = ops.createToken(access.workspace, name, chosen);
      }
      console.out().println(token);
      console
          .err()
          .println(
              "Token for workspace "
                  + access.workspace
                  + " with role "
                  + chosen.key()
                  + ". It is shown only now: store it.");
      return Failures.OK;
    }
  }
}
