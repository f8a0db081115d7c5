package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.personas.ContactColumns;
import org.icpengine.sample.linked.LinkedSample;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp personas} through the real command line, on a small linked sample. */
class PersonasCommandTest {
  @TempDir static Path dir;
  private static Path sources;
  private static Path icp;

  @BeforeAll
  static void sample() throws IOException {
    Path exports = dir.resolve("linked");
    LinkedSample.builder().seed(7).accounts(600).build().write(exports);
    sources = exports.resolve("sources.yaml");
    Cli.Result init = Cli.run("sources", "init", exports.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    icp = Files.writeString(dir.resolve("icp.json"), SampleIcp.get().icp(), StandardCharsets.UTF_8);
  }

  @Test
  void personas_printsPersonasCardsAndWritesContactsInTheSalesforceLayout() {
    Path out = dir.resolve("contacts-salesforce.csv");
    Cli.Result result =
        Cli.run(
            "personas",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--score-contacts",
            out.toString(),
            "--format",
            "salesforce");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("Accounts per tier: ")
        .contains("Personas on won committees against lost ones")
        .containsPattern("(?m)^  all +finance \\(any level\\) ")
        .contains("Written: " + out);
    List<String> lines = readLines(out);
    assertThat(lines.get(0))
        .isEqualTo(String.join(",", ContactColumns.of(OutputFormat.SALESFORCE)));
    assertThat(lines.size() - 1).isGreaterThan(2_000);
  }

  @Test
  void personas_printsJsonAndWritesItToOut() throws IOException {
    Path out = dir.resolve("personas.json");
    Cli.Result result =
        Cli.run(
            "personas",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--json",
            "--out",
            out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertThat(json.get("lifts").size()).isPositive();
    assertThat(json.get("lifts").get(0).get("lift").has("ci_low")).isTrue();
    assertThat(json.get("contact_fit_points").size()).isPositive();
    assertThat(new ObjectMapper().readTree(out.toFile())).isEqualTo(json);
  }

  @Test
  void personas_withoutContactRoles_saysSoAndStillScoresContacts() throws IOException {
    Path yaml = without("opportunity_contact_roles", "sources-no-roles.yaml");
    Path out = dir.resolve("contacts-no-roles.csv");
    Cli.Result result =
        Cli.run(
            "personas",
            "--sources",
            yaml.toString(),
            "--icp",
            icp.toString(),
            "--score-contacts",
            out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Note: the contacts carry no roles on closed");
    assertThat(result.out()).doesNotContain("Personas on won committees");
    assertThat(Files.exists(out)).isTrue();
  }

  @Test
  void personas_withoutContacts_isBadInputInOneLine() throws IOException {
    Path yaml = without("contacts", "sources-no-contacts.yaml");
    Path out = dir.resolve("never.csv");
    Cli.Result result =
        Cli.run(
            "personas",
            "--sources",
            without("opportunity_contact_roles", yaml.getFileName().toString(), yaml).toString(),
            "--icp",
            icp.toString(),
            "--score-contacts",
            out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).startsWith("icp: sources.yaml lists no contacts");
    assertThat(Files.exists(out)).isFalse();
  }

  @Test
  void personas_withoutATitleColumn_isBadInputInOneLine() throws IOException {
    Path yaml = sources.resolveSibling("sources-no-title.yaml");
    Files.writeString(yaml, Files.readString(sources).replace("      title: Title\n", ""));
    Cli.Result result = Cli.run("personas", "--sources", yaml.toString(), "--icp", icp.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("no title column");
  }

  @Test
  void scoreContacts_writesWhatPersonasScoreContactsWrites() throws IOException {
    Path fromPersonas = dir.resolve("contacts-personas.csv");
    Path fromScore = dir.resolve("contacts-score.csv");
    Path fromFile = dir.resolve("contacts-score-file.csv");
    Cli.Result personas =
        Cli.run(
            "personas",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--score-contacts",
            fromPersonas.toString());
    Cli.Result score =
        Cli.run(
            "score",
            "--contacts",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--out",
            fromScore.toString());
    Cli.Result file =
        Cli.run(
            "score",
            contactsExport().toString(),
            "--contacts",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--out",
            fromFile.toString());

    assertThat(personas.exitCode()).as(personas.err()).isZero();
    assertThat(score.exitCode()).as(score.err()).isZero();
    assertThat(file.exitCode()).as(file.err()).isZero();
    assertThat(score.out())
        .startsWith("Scored the contacts of sources.yaml with contact fit from ")
        .contains("Personas found: ")
        .contains("Written: " + fromScore);
    List<String> expected = readLines(fromPersonas);
    assertThat(expected.get(0)).contains("contact_fit");
    assertThat(readLines(fromScore)).isEqualTo(expected);
    assertThat(readLines(fromFile)).isEqualTo(expected);
  }

  @Test
  void scoreContacts_ofANewerExport_scoresANewContactLikeItsPeers() throws IOException {
    List<String> export = Files.readAllLines(contactsExport(), StandardCharsets.UTF_8);
    String peer = export.stream().skip(1).filter(l -> !l.contains("\"")).findFirst().orElseThrow();
    String[] cells = peer.split(",", -1);
    String added =
        "003NEW0000000001,"
            + cells[1]
            + ",Ada,New,ada.new@example.org,"
            + cells[5]
            + ","
            + cells[6];
    Path newer = dir.resolve("contacts-newer.csv");
    Files.write(newer, List.of(export.get(0), added), StandardCharsets.UTF_8);
    Path all = dir.resolve("contacts-all-fit.csv");
    Path out = dir.resolve("contacts-newer-fit.csv");
    Cli.run(
        "score",
        contactsExport().toString(),
        "--contacts",
        "--sources",
        sources.toString(),
        "--icp",
        icp.toString(),
        "--out",
        all.toString());

    Cli.Result result =
        Cli.run(
            "score",
            newer.toString(),
            "--contacts",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--out",
            out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> rows = readLines(out);
    assertThat(rows).hasSize(2);
    String peerRow =
        readLines(all).stream().filter(l -> l.startsWith(cells[0] + ",")).findFirst().orElseThrow();
    assertThat(rows.get(1)).startsWith("003NEW0000000001," + cells[1] + ",ada.new@example.org,");
    assertThat(afterEmail(rows.get(1))).isEqualTo(afterEmail(peerRow));
  }

  @Test
  void scoreContacts_layoutsAreTheCrmContactColumns() {
    for (OutputFormat format : List.of(OutputFormat.HUBSPOT, OutputFormat.SALESFORCE)) {
      Path out = dir.resolve("contacts-" + format.key() + ".csv");
      Cli.Result result =
          Cli.run(
              "score",
              "--contacts",
              "--sources",
              sources.toString(),
              "--icp",
              icp.toString(),
              "--out",
              out.toString(),
              "--format",
              format.key());
      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(readLines(out).get(0)).isEqualTo(String.join(",", ContactColumns.of(format)));
    }
    assertThat(ContactColumns.of(OutputFormat.HUBSPOT))
        .contains("Record ID", "Email", "Job Title", "ICP Contact Fit", "ICP Account Tier");
    assertThat(ContactColumns.of(OutputFormat.SALESFORCE))
        .contains("Id", "AccountId", "Title", "ICP_Contact_Fit__c", "ICP_Account_Tier__c");
  }

  @Test
  void scoreContacts_badInputIsOneLineAndWritesNothing() throws IOException {
    Path out = dir.resolve("never-contacts.csv");
    Path noTitle = dir.resolve("contacts-no-title.csv");
    Files.writeString(noTitle, "Id,AccountId,Email\n003X,001X,x@example.org\n");

    Cli.Result noSources =
        Cli.run("score", "--contacts", "--icp", icp.toString(), "--out", out.toString());
    Cli.Result missing =
        Cli.run(
            "score",
            noTitle.toString(),
            "--contacts",
            "--sources",
            sources.toString(),
            "--icp",
            icp.toString(),
            "--out",
            out.toString());

    assertThat(noSources.exitCode()).isEqualTo(2);
    assertThat(noSources.errLines()).hasSize(1);
    assertThat(noSources.err()).contains("--contacts needs --sources");
    assertThat(missing.exitCode()).as(missing.out()).isEqualTo(2);
    assertThat(missing.errLines()).as(missing.err()).hasSize(1);
    assertThat(missing.err())
        .startsWith("icp: " + noTitle + " has no column 'Title': a contacts file to score needs");
    assertThat(Files.exists(out)).isFalse();
  }

  private static Path contactsExport() {
    return sources.resolveSibling("contacts.csv");
  }

  /** A scored contact's row from its title on: function, seniority, tier, fit, reasons, gaps. */
  private static String afterEmail(String row) {
    return row.substring(row.indexOf(',', row.indexOf('@')) + 1);
  }

  private static Path without(String name, String target) throws IOException {
    return without(name, target, sources);
  }

  /** A copy of a sources.yaml without one entry, beside it (its file paths are relative). */
  private static Path without(String name, String target, Path from) throws IOException {
    StringBuilder kept = new StringBuilder();
    boolean skipping = false;
    for (String line : Files.readAllLines(from)) {
      if (line.startsWith("  - name: ")) {
        skipping = Set.of(name).contains(line.substring("  - name: ".length()).strip());
      }
      if (!skipping) {
        kept.append(line).append('\n');
      }
    }
    return Files.writeString(sources.resolveSibling(target), kept);
  }

  private static List<String> readLines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
