package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp titles} through the real command line. */
class TitlesCommandTest {
  @TempDir Path dir;
  private Path contacts;

  @BeforeEach
  void write() throws IOException {
    contacts =
        Files.writeString(
            dir.resolve("contacts.csv"),
            "Email;Poste\n"
                + "a@x.fr;Directrice des achats\n"
                + "b@x.fr;Geschäftsführerin\n"
                + "c@x.fr;Zauberin\n"
                + "d@x.fr;VP Engineering\n"
                + "e@x.fr;Directrice des achats\n",
            StandardCharsets.UTF_8);
  }

  @Test
  void titles_printsCountsPerFunctionAndSeniorityAndTheUnrecognised() {
    Cli.Result result = Cli.run(contacts, "titles");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("Titles of contacts.csv (column \"Poste\"): 5 rows, 0 with no title")
        .containsPattern("(?m)^  procurement +2 +2$")
        .containsPattern("(?m)^  executive +1 +1$")
        .contains("Unrecognised: 1 rows (20.0% of those with a title), 1 distinct titles")
        .contains("  Zauberin (1)");
  }

  @Test
  void titles_printsJsonInInputOrder() throws IOException {
    Cli.Result result = Cli.run(contacts, "titles", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode list = new ObjectMapper().readTree(result.out());
    assertThat(list).hasSize(5);
    assertThat(list.get(0).toString())
        .isEqualTo(
            "{\"title\":\"Directrice des achats\",\"function\":\"procurement\","
                + "\"seniority\":\"director\"}");
    assertThat(list.get(2).get("function").asText()).isEqualTo("unknown");
    assertThat(list.get(3).get("seniority").asText()).isEqualTo("vp");
  }

  @Test
  void titles_writesTheRowsWithTheirRoles() throws IOException {
    Path out = dir.resolve("roles.csv");
    Cli.Result result = Cli.run(contacts, "titles", "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(lines)
        .containsExactly(
            "Email,Poste,title_function,title_seniority",
            "a@x.fr,Directrice des achats,procurement,director",
            "b@x.fr,Geschäftsführerin,executive,c_level",
            "c@x.fr,Zauberin,unknown,unknown",
            "d@x.fr,VP Engineering,product_engineering,vp",
            "e@x.fr,Directrice des achats,procurement,director");
  }

  @Test
  void titles_addsTheUsersRules() throws IOException {
    Path rules = Files.writeString(dir.resolve("mine.txt"), "[function magic]\nzauber*\n");
    Cli.Result result = Cli.run(contacts, "titles", "--rules", rules.toString(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(new ObjectMapper().readTree(result.out()).get(2).get("function").asText())
        .isEqualTo("magic");
  }

  @Test
  void titles_refusesAFileWithoutATitleColumnListingItsColumns() throws IOException {
    Path people = Files.writeString(dir.resolve("people.csv"), "Name,Email\nAnn,a@x\n");
    Cli.Result result = Cli.run(people, "titles");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "icp: people.csv has no title column (none is named Title, Job Title, Position, Role,"
                + " Poste, Cargo, …): its columns are Name, Email; name the column with --column");
  }

  @Test
  void titles_refusesAColumnNotInTheFileLeavingNoOutput() {
    Path out = dir.resolve("roles.csv");
    Cli.Result result =
        Cli.run(contacts, "titles", "--column", "Job Title", "--out", out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "icp: contacts.csv has no column 'Job Title': its columns are Email, Poste");
    assertThat(out).doesNotExist();
  }

  @Test
  void titles_refusesABadRulesFileInOneLine() throws IOException {
    Path rules = Files.writeString(dir.resolve("mine.txt"), "[seniority boss]\nboss\n");
    Cli.Result result = Cli.run(contacts, "titles", "--rules", rules.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err())
        .startsWith("icp: mine.txt line 1: seniority 'boss' is not on the scale");
  }
}
