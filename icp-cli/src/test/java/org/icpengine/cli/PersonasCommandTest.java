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
