package org.icpengine.cli.personas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.personas.PersonaJson;
import org.icpengine.data.personas.PersonaOptions;
import org.icpengine.data.personas.PersonaReport;
import org.icpengine.data.personas.Personas;
import org.icpengine.data.personas.TitleRules;
import org.icpengine.data.report.PersonasSection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code icp personas --sources sources.yaml --icp DIR}: personas from buying committees. */
@Command(
    name = "personas",
    mixinStandardHelpOptions = true,
    description =
        "Derive buyer personas from the buying committees of won and lost deals: which function"
            + " and seniority (from the contacts' job titles) sit on won committees more often"
            + " than on lost ones, per ICP tier, with lift, 95 %% intervals and Benjamini–Hochberg"
            + " q-values; the typical won committee of tier A; a card per persona found (who,"
            + " role in the decision, pains and jobs from the survey, channels, first contact),"
            + " each claim with its evidence; each contact's fit and each A/B account's"
            + " committee gaps. Needs contacts with titles and the opportunity contact roles in"
            + " sources.yaml. See docs/personas.md.")
public final class PersonasCommand implements Callable<Integer> {
  private final Console console;

  @Option(
      names = "--sources",
      paramLabel = "SOURCES",
      required = true,
      description = "The sources.yaml listing accounts, opportunities, contacts and roles")
  Path sources;

  @Option(
      names = "--icp",
      paramLabel = "DIR",
      required = true,
      description = "The icp.json that icp derive wrote, or its folder: the accounts' tiers")
  Path icp;

  @Option(names = "--json", description = "Print the report as JSON (see docs/personas.md)")
  boolean json;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Also write the report as JSON to FILE (written whole or not at all)")
  Path out;

  @Option(
      names = "--report",
      paramLabel = "FILE",
      description =
          "Add the persona cards as a section to the report.html that icp derive wrote (replacing"
              + " an earlier one)")
  Path report;

  @Option(
      names = "--score-contacts",
      paramLabel = "FILE",
      description =
          "Write every contact with its account's tier, contact_fit (0–100), its reasons and the"
              + " account's committee gaps (written whole or not at all)")
  Path contacts;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description =
          "Layout of --score-contacts: csv, parquet, hubspot or salesforce (default: parquet for"
              + " a .parquet FILE, else csv)")
  String format;

  @Option(
      names = "--rules",
      paramLabel = "FILE",
      description = "More title rules, as for icp titles (see docs/titles.md)")
  Path rules;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "As-of date of the account table (default: sources.yaml's, else derived)")
  LocalDate asOf;

  @Option(names = "--verbose", description = "Print stack traces of failures")
  boolean verbose;

  /** Creates the command, writing to the given console. */
  public PersonasCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() {
    TitleRules all = TitleRules.builtInAnd(Optional.ofNullable(rules));
    if (out != null) {
      AtomicFiles.checkWritable(out);
    }
    PersonaOptions options =
        new PersonaOptions(Optional.ofNullable(asOf), all, Optional.empty(), null);
    if (contacts != null) {
      options = options.withContacts(contacts, format());
    }
    if (report != null && !Files.isRegularFile(report)) {
      throw new InputException(
          "--report " + report + " is not a file: give the report.html that icp derive wrote");
    }
    PersonaReport personas = Personas.derive(sources, icp, options);
    String text = PersonaJson.of(personas).toPrettyString();
    if (out != null) {
      try {
        AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new InputException("cannot write " + out + ": " + e.getMessage(), e);
      }
    }
    if (report != null) {
      PersonasSection.addTo(report, personas);
    }
    if (json) {
      console.out().println(text);
    } else {
      PersonasText.print(personas, console.out());
      if (contacts != null) {
        console.out().println("Written: " + contacts);
      }
      if (out != null) {
        console.out().println("Written: " + out);
      }
      if (report != null) {
        console.out().println("Persona cards added to " + report);
      }
    }
    return Failures.OK;
  }

  private OutputFormat format() {
    if (format == null) {
      return contacts.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet")
          ? OutputFormat.PARQUET
          : OutputFormat.CSV;
    }
    for (OutputFormat candidate : OutputFormat.values()) {
      if (candidate.key().equalsIgnoreCase(format)) {
        return candidate;
      }
    }
    throw new InputException(
        "--format " + format + " is not known: use csv, parquet, hubspot or salesforce");
  }
}
