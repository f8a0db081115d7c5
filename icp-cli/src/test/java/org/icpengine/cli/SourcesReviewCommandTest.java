package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp sources review}: decisions asked once, kept, and used by the next assemble. */
class SourcesReviewCommandTest {
  @TempDir Path dir;

  @BeforeEach
  void exports() throws IOException {
    Files.write(
        dir.resolve("accounts.csv"),
        List.of(
            "id,name,country,industry",
            "A1,Vandelay Industries,Germany,Retail",
            "A2,Acme Corp,US,Software"));
    Files.write(
        dir.resolve("tech.csv"),
        List.of(
            "company,hq,tech_stack", "Vandelay Industries,US,Kafka", "ACME Corporation,US,SAP"));
    Files.writeString(
        dir.resolve("sources.yaml"),
        "sources:\n"
            + "  - file: accounts.csv\n    kind: accounts\n    key: id\n"
            + "    columns: {account_name: name, country: country}\n"
            + "  - file: tech.csv\n    kind: enrichment\n"
            + "    columns: {account_name: company, country: hq}\n");
  }

  private static Cli.Result withInput(String input, String... args) {
    InputStream stdin = System.in;
    System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return Cli.run(args);
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void review_asksOnceAndTheNextAssembleUsesTheDecision() throws IOException {
    String yaml = dir.resolve("sources.yaml").toString();
    Cli.Result listed = Cli.run("sources", "review", yaml, "--list");
    assertThat(listed.exitCode()).as(listed.err()).isZero();
    assertThat(listed.out())
        .contains("1 pairs to review.")
        .contains("tech line 2: 'Vandelay Industries' → account A1 'Vandelay Industries'")
        .contains("different country (United States, Germany)");

    Cli.Result reviewed = withInput("a\n", "sources", "review", yaml);
    assertThat(reviewed.exitCode()).as(reviewed.err()).isZero();
    assertThat(reviewed.out()).contains("1 decided, kept in");
    assertThat(Files.readString(dir.resolve("match-decisions.yaml")))
        .contains("decision: accept")
        .contains("account: A1");

    assertThat(Cli.run("sources", "review", yaml, "--list").out()).contains("0 pairs to review.");
    Path out = dir.resolve("accounts-out.csv");
    Cli.Result assembled = Cli.run("assemble", yaml, "--out", out.toString());
    assertThat(assembled.exitCode()).as(assembled.err()).isZero();
    assertThat(assembled.out())
        .contains("Enriched 2 of 2 accounts:")
        .contains("2 of 2 rows linked (certain 1, likely 0, review 1 of which 1 accepted");
    assertThat(Files.readAllLines(out)).anyMatch(l -> l.startsWith("A1,") && l.endsWith(",Kafka"));
  }

  @Test
  void review_skipLeavesThePairUndecided() {
    String yaml = dir.resolve("sources.yaml").toString();
    Cli.Result reviewed = withInput("s\n", "sources", "review", yaml);
    assertThat(reviewed.out()).contains("0 decided");
    assertThat(dir.resolve("match-decisions.yaml")).doesNotExist();
    assertThat(Cli.run("sources", "review", yaml, "--list").out()).contains("1 pairs to review.");
  }

  @Test
  void review_withoutASourcesFile_isBadInput() {
    Cli.Result result = Cli.run("sources", "review", dir.resolve("missing.yaml").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
  }
}
