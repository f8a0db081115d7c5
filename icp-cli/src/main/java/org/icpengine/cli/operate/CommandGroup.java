package org.icpengine.cli.operate;

import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands: run alone, it says which to give. */
abstract class CommandGroup implements Callable<Integer> {
  private final Console console;

  @Spec CommandSpec spec;

  CommandGroup(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console
        .err()
        .println(
            "icp: say "
                + String.join(" or ", spec.subcommands().keySet())
                + " (see "
                + spec.qualifiedName()
                + " --help)");
    return Failures.BAD_INPUT;
  }
}
