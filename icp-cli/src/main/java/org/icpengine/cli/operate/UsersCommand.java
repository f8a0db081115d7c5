package org.icpengine.cli.operate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.DataFolderOption;
import org.icpengine.cli.Failures;
import org.icpengine.data.InputException;
import org.icpengine.server.Operations;
import org.icpengine.server.access.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code icp users add EMAIL --workspace NAME --role ROLE}. */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    description = "People who sign in to the server.")
public final class UsersCommand extends CommandGroup {
  /** Creates the command. */
  public UsersCommand(Console console) {
    super(console);
  }

  /** Returns the command with its subcommands, writing to the console. */
  public static picocli.CommandLine commandLine(Console console) {
    return new picocli.CommandLine(new UsersCommand(console)).addSubcommand(new Add(console));
  }

  /** {@code icp users add}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description =
          "Add a user to a workspace with a role (viewer: read and score; editor: also upload,"
              + " derive and edit drafts; admin: also publish and manage members and tokens). An"
              + " existing user gets the new password and role. The password is asked for, or read"
              + " from standard input with --password-stdin; it is stored as an Argon2id hash.")
  static final class Add implements Callable<Integer> {
    @Parameters(paramLabel = "EMAIL", description = "The user's e-mail address")
    String email;

    @Mixin WorkspaceRole access;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input")
    boolean passwordStdin;

    @Mixin DataFolderOption data;

    private final Console console;

    Add(Console console) {
      this.console = console;
    }

    @Override
    public Integer call() throws IOException {
      Role chosen = access.role();
      String password = password();
      try {
        org.icpengine.server.access.Passwords.checkNew(password);
      } catch (IllegalArgumentException e) {
        throw new InputException(e.getMessage() + ": choose a longer one");
      }
      try (Operations ops = Operations.open(data.folder(), System.getenv())) {
        ops.addUser(email, password, chosen, access.workspace);
      }
      console
          .out()
          .println(
              "Added "
                  + email.trim()
                  + " to workspace "
                  + access.workspace
                  + " as "
                  + chosen.key()
                  + ".");
      return Failures.OK;
    }

    private String password() throws IOException {
      if (passwordStdin) {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.isEmpty()) {
          throw new InputException("standard input is empty: give the password on its first line");
        }
        return line;
      }
      java.io.Console terminal = System.console();
      if (terminal == null) {
        throw new InputException(
            "no terminal to ask for the password: give it on standard input with"
                + " --password-stdin");
      }
      char[] first = terminal.readPassword("Password for %s: ", email);
      char[] second = terminal.readPassword("Again: ");
      if (first == null || second == null || !java.util.Arrays.equals(first, second)) {
        throw new InputException("the passwords differ: run the command again");
      }
      return new String(first);
    }
  }
}
