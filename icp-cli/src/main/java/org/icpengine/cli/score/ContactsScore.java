package org.icpengine.cli.score;

import static org.icpengine.cli.text.Formats.count;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;
import org.icpengine.cli.Console;
import org.icpengine.cli.Failures;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.personas.PersonaOptions;
import org.icpengine.data.personas.PersonaReport;
import org.icpengine.data.personas.Personas;
import org.icpengine.data.personas.TitleRules;

/**
 * {@code icp score --contacts}: contacts scored with their contact fit beside their account's tier,
 * through the same path as {@code icp personas --score-contacts} ({@link Personas#derive} with
 * {@link PersonaOptions#withContacts}): the committees, tiers and points come from the linked
 * sources; the contacts scored are FILE's, else the sources' own.
 *
 * @param sources the sources.yaml
 * @param icp the icp.json or its folder
 * @param file the contacts export to score, or empty for the sources' contacts
 * @param out the file to write
 * @param format its layout
 * @param rules the title rules
 */
record ContactsScore(
    Path sources, Path icp, Optional<Path> file, Path out, OutputFormat format, TitleRules rules) {

  /** Scores the contacts, writes them and tells the console what they were scored from. */
  int run(Console console) {
    PersonaOptions options =
        new PersonaOptions(Optional.empty(), rules, Optional.empty(), null)
            .withContacts(out, format, file);
    PersonaReport report = Personas.derive(sources, icp, options);
    console
        .out()
        .println(
            "Scored the contacts of "
                + file.map(f -> f.getFileName().toString()).orElse(sources.getFileName() + "")
                + " with contact fit from "
                + count(report.deals())
                + " closed deals with a known committee ("
                + count(report.wonDeals())
                + " won) and the tiers of "
                + count(report.accountsByTier().values().stream().mapToLong(n -> n).sum())
                + " accounts");
    String found =
        report.found().stream().map(l -> l.persona().label()).collect(Collectors.joining("; "));
    console
        .out()
        .println(
            "Personas found: "
                + (found.isEmpty() ? "none (see icp personas)" : found)
                + " — the columns are in docs/personas.md");
    report.notes().forEach(n -> console.out().println("Note: " + n));
    console.out().println("Written: " + out);
    return Failures.OK;
  }
}
