package org.icpengine.cli;

import java.util.concurrent.Callable;
import org.icpengine.cli.assemble.AssembleCommand;
import org.icpengine.cli.cohorts.CohortsCommand;
import org.icpengine.cli.demo.DemoCommand;
import org.icpengine.cli.derive.DeriveCommand;
import org.icpengine.cli.drift.DriftCommand;
import org.icpengine.cli.evaluate.EvaluateCommand;
import org.icpengine.cli.funnel.FunnelCommand;
import org.icpengine.cli.operate.DbCommand;
import org.icpengine.cli.operate.TokensCommand;
import org.icpengine.cli.operate.UsersCommand;
import org.icpengine.cli.operate.WorkspacesCommand;
import org.icpengine.cli.personas.PersonasCommand;
import org.icpengine.cli.profile.ProfileCommand;
import org.icpengine.cli.score.ScoreCommand;
import org.icpengine.cli.segmentcheck.SegmentCheckCommand;
import org.icpengine.cli.serve.ServeCommand;
import org.icpengine.cli.sources.SourcesCommand;
import org.icpengine.cli.titles.TitlesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code icp COMMAND}. */
@Command(
    name = "icp",
    mixinStandardHelpOptions = true,
    versionProvider = IcpCommand.Version.class,
    header = "ICP Engine: derive your Ideal Customer Profile from your own customer data.",
    description = {
      "",
      "Reads CRM and billing exports (CSV/TSV, Excel, Parquet, JSON), cleans them, computes",
      "customer economics by cohort, finds the traits of your ideal customers, and",
      "scores every account against them (0–100, tiers A–D, with reasons).",
      ""
    },
    synopsisSubcommandLabel = "COMMAND",
    footer = {
      "",
      "Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.",
      "Start with: icp demo    Docs: docs/ in the repository."
    },
    commandListHeading = "%nCommands:%n")
public final class IcpCommand implements Callable<Integer> {
  private final Console console;

  @Spec CommandSpec spec;

  /** Creates the root command, writing to the given console. */
  IcpCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    console.err().println("icp: a command is missing (see icp --help)");
    spec.commandLine().usage(console.err());
    return Failures.BAD_INPUT;
  }

  /** Registers the subcommands on a command line built from this command. */
  static CommandLine commandLine(Console console) {
    CommandLine commandLine = new CommandLine(new IcpCommand(console));
    commandLine.addSubcommand(SourcesCommand.commandLine(console));
    commandLine.addSubcommand(new AssembleCommand(console));
    commandLine.addSubcommand(new ProfileCommand(console));
    commandLine.addSubcommand(new CohortsCommand(console));
    commandLine.addSubcommand(new DeriveCommand(console));
    commandLine.addSubcommand(new ScoreCommand(console));
    commandLine.addSubcommand(new EvaluateCommand(console));
    commandLine.addSubcommand(new DriftCommand(console));
    commandLine.addSubcommand(new SegmentCheckCommand(console));
    commandLine.addSubcommand(new FunnelCommand(console));
    commandLine.addSubcommand(new TitlesCommand(console));
    commandLine.addSubcommand(new PersonasCommand(console));
    commandLine.addSubcommand(new DemoCommand(console));
    commandLine.addSubcommand(new ServeCommand(console));
    commandLine.addSubcommand(WorkspacesCommand.commandLine(console));
    commandLine.addSubcommand(UsersCommand.commandLine(console));
    commandLine.addSubcommand(TokensCommand.commandLine(console));
    commandLine.addSubcommand(DbCommand.commandLine(console));
    return commandLine;
  }

  /** Reads the version from the executable's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = IcpCommand.class.getPackage().getImplementationVersion();
      return new String[] {"icp " + (version == null ? "development build" : version)};
    }
  }
}
