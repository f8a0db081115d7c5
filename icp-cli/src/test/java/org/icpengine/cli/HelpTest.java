package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class HelpTest {
  @Test
  void rootHelp_listsEveryCommandAndTheExitCodes() {
    Cli.Result result = Cli.run("--help");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith(
            "ICP Engine: derive your Ideal Customer Profile from your own customer data.\n"
                + "Usage: icp [-hV] COMMAND\n")
        .containsPattern("(?m)^  sources +Linked exports")
        .containsPattern("(?m)^  assemble +Link the exports a sources.yaml lists")
        .containsPattern("(?m)^  profile +Read a customer file")
        .containsPattern("(?m)^  cohorts +Customer economics per cohort")
        .containsPattern("(?m)^  derive +Derive the Ideal Customer Profile")
        .containsPattern("(?m)^  titles +Turn the job titles of a contact file")
        .containsPattern("(?m)^  personas +Derive buyer personas from the buying committees")
        .containsPattern("(?m)^  demo +Run the pipeline on sample data")
        .containsPattern("(?m)^  serve +Run the ICP server")
        .containsPattern("(?m)^  workspaces +The server's workspaces")
        .containsPattern("(?m)^  users +People who sign in")
        .containsPattern("(?m)^  tokens +API tokens for automation")
        .containsPattern("(?m)^  db +The server's app database")
        .contains("Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.");
  }

  @Test
  void everyCommandsHelp_rendersWithoutFormatWarnings() {
    PrintStream saved = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    StringWriter usage = new StringWriter();
    Console console =
        new Console(new PrintWriter(usage), new PrintWriter(usage), ProgressDisplay.NONE);
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      renderAll(IcpCommand.commandLine(console), usage);
    } finally {
      System.setErr(saved);
    }
    assertThat(usage.toString()).contains("Usage: icp funnel").contains("Usage: icp drift");
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }

  private static void renderAll(CommandLine command, StringWriter usage) {
    usage.append(command.getUsageMessage());
    command.getSubcommands().values().forEach(sub -> renderAll(sub, usage));
  }

  @Test
  void noCommand_isBadUsage() {
    Cli.Result result = Cli.run();
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("icp: a command is missing (see icp --help)");
  }

  @Test
  void version_isPrinted() {
    Cli.Result result = Cli.run("--version");
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("icp ");
  }

  @ParameterizedTest
  @CsvSource({
    "profile, 'Usage: icp profile [-hV] [--json] [--strict] [--verbose] [--delimiter=CHAR]'",
    "cohorts, 'Usage: icp cohorts [-hV] [--json] [--rows-are-accounts] [--strict] [--verbose]'",
    "demo, 'Usage: icp demo [-hV] [--no-serve] [--verbose] [--out=DIR] [--port=N]'",
    "derive, 'Usage: icp derive [-hV] [--engagement-in-fit] [--rows-are-accounts] [--strict]'",
    "score, 'Usage: icp score [-hV] [--contacts] [--keep-formulas] [--market] [--strict]'",
    "evaluate, 'Usage: icp evaluate [-hV] [--engagement-in-fit] [--json] [--rows-are-accounts]'",
    "serve, 'Usage: icp serve [-hV] [--secure-cookies] [--data=DIR] [--host=ADDRESS]'",
    "sources init, 'Usage: icp sources init [-hV] [--force] [--verbose] [--out=FILE] DIR'",
    "sources review, 'Usage: icp sources review [-hV] [--list] [--verbose] SOURCES'",
    "assemble, 'Usage: icp assemble [-hV] [--verbose] [--as-of=DATE] --out=FILE SOURCES'",
    "titles, 'Usage: icp titles [-hV] [--json] [--strict] [--verbose] [--column=C]'",
    "personas, 'Usage: icp personas [-hV] [--json] [--verbose] [--as-of=DATE]'",
    "db migrate, 'Usage: icp db migrate [-hV] [--data=DIR]'",
    "db print-sql, 'Usage: icp db print-sql [-hV]'",
    "workspaces add, 'Usage: icp workspaces add [-hV] [--data=DIR] NAME'",
    "users add, 'Usage: icp users add [-hV] [--password-stdin] [--data=DIR] --role=ROLE'",
    "tokens create, 'Usage: icp tokens create [-hV] [--data=DIR] [--name=TEXT] --role=ROLE'"
  })
  void commandHelp_startsWithItsSynopsis(String command, String synopsis) {
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(command.split(" ")));
    args.add("--help");
    Cli.Result result = Cli.run(args.toArray(String[]::new));
    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith(synopsis);
  }

  @ParameterizedTest
  @CsvSource({
    "profile, --json --write-mapping --mapping --strict --encoding --delimiter --verbose --sources",
    "cohorts, --by --ideal --json --rows-are-accounts --mapping --strict --encoding --verbose --sources",
    "demo, --out --seed --verbose --port --no-serve",
    "score, --icp --out --format --column --keep-formulas --market --market-json --contacts --rules --mapping --strict --encoding --sources",
    "derive, --out --ideal --ideal-preset --exclude --include-leaky --max-depth --seed --prospects --holdout --rows-are-accounts --mapping --sources",
    "evaluate, --ideal --ideal-preset --exclude --include-leaky --holdout --seed --json --engagement-in-fit --rows-are-accounts --sources",
    "assemble, --out --as-of --verbose",
    "titles, --column --rules --json --out --strict --encoding --delimiter --verbose FILE",
    "personas, --sources --icp --json --out --report --score-contacts --format --rules --as-of --verbose",
    "serve, --port --host --upload-limit --job-timeout --workspace-quota --secure-cookies --metrics-token --data"
  })
  void commandHelp_describesEveryOption(String command, String options) {
    String help = Cli.run(command, "--help").out();
    for (String option : options.split(" ")) {
      assertThat(help).as(option).containsPattern("(?m)^ +(-\\w, )?" + option + "\\b");
    }
  }
}
