package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.stats.Proportions;
import org.icpengine.testkit.Prerequisites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp funnel} through the real command line: the Maven CRM export and bad input. */
class FunnelCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static Path maven() {
    Path shared = Path.of(System.getProperty("icp.shared.dir", "../shared"));
    Path folder = shared.resolve("datasets/maven-crm-sales-opportunities");
    Prerequisites.require(Files.isDirectory(folder), folder + " (the Maven CRM export)");
    return folder;
  }

  /** sources init and derive --sources on the Maven CRM export; returns the sources.yaml. */
  private Path mavenIcp() {
    Path yaml = dir.resolve("sources.yaml");
    Cli.Result init = Cli.run("sources", "init", maven().toString(), "--out", yaml.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    Cli.Result derive =
        Cli.run("derive", "--sources", yaml.toString(), "--out", dir.resolve("icp").toString());
    assertThat(derive.exitCode()).as(derive.err()).isZero();
    return yaml;
  }

  @Test
  void funnel_mavenCrm_reportsTheStagesAndWhatTheTiersShowHonestly() throws IOException {
    Path yaml = mavenIcp();
    Path out = dir.resolve("funnel.json");
    Cli.Result result =
        Cli.run(
            "funnel",
            "--sources",
            yaml.toString(),
            "--icp",
            dir.resolve("icp").toString(),
            "--out",
            out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Stages: Prospecting → Engaging → Won")
        .contains("== By tier")
        .contains("== Missed:")
        .contains("Written: " + out);
    JsonNode funnel = JSON.readTree(out.toFile());
    assertThat(funnel.get("opportunities").asLong()).isEqualTo(4238 + 2473 + 501 + 163);
    long won = 0;
    List<long[]> tiers = new ArrayList<>();
    for (JsonNode group : funnel.get("groups")) {
      won += group.get("won").asLong();
      if (!group.get("tier").asText().equals("unscored") && group.get("closed").asLong() > 0) {
        tiers.add(new long[] {group.get("won").asLong(), group.get("closed").asLong()});
      }
    }
    assertThat(won).isEqualTo(4238);
    long[] best = tiers.get(0);
    long[] worst = tiers.get(tiers.size() - 1);
    double p = Proportions.compare(best[0], best[1], worst[0], worst[1]);
    String verdict = funnel.get("notes").get(0).asText();
    if (p < 0.05) {
      assertThat(verdict).doesNotContain("no difference");
    } else {
      assertThat(verdict).contains("no difference between tiers");
    }
    assertThat(result.out()).contains(verdict);
    assertThat(Files.readString(dir.resolve("icp/report.html")))
        .contains("<h2>Funnel by ICP tier</h2>")
        .contains("Missed: ");
    long open = 0;
    for (JsonNode group : funnel.get("groups")) {
      open += group.get("open").asLong();
    }
    assertThat(funnel.get("open_total").asLong()).isEqualTo(open).isPositive();
    assertThat(funnel.get("open_deals").size()).isEqualTo((int) Math.min(open, 100));
    JsonNode bookings = funnel.get("top_tiers").get("share_of_bookings");
    assertThat(bookings.get("ci_low").asDouble()).isLessThan(bookings.get("value").asDouble());
    assertThat(bookings.get("ci_high").asDouble()).isGreaterThan(bookings.get("value").asDouble());

    Path abm = dir.resolve("abm.csv");
    Cli.Result ranked =
        Cli.run(
            "funnel",
            "--sources",
            yaml.toString(),
            "--icp",
            dir.resolve("icp").toString(),
            "--segment",
            "sector = 'technolgy' OR sector = 'software'",
            "--abm",
            maven().resolve("accounts.csv").toString(),
            "--top",
            "10",
            "--abm-out",
            abm.toString(),
            "--abm-format",
            "hubspot");
    assertThat(ranked.exitCode()).as(ranked.err()).isZero();
    assertThat(ranked.out())
        .contains("== ABM targets from accounts.csv: 10 of ")
        .contains("segment: sector = 'technolgy' OR sector = 'software'")
        .contains("Written: " + abm);
    List<String> lines = Files.readAllLines(abm);
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0)).startsWith("ABM Rank,ABM Expected Win Rate,ABM Expected CAC,account,");
  }

  @Test
  void funnel_refusesASegmentOutsideTheLanguageInOneLineAndWritesNothing() throws IOException {
    Path out = dir.resolve("funnel.json");
    Cli.Result result =
        Cli.run(
            "funnel",
            "--sources",
            dir.resolve("none.yaml").toString(),
            "--icp",
            icpJson().toString(),
            "--segment",
            "industry = 'x'; DROP TABLE accounts",
            "--out",
            out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("--segment");
    assertThat(out).doesNotExist();
  }

  @Test
  void funnel_refusesAnAbmFileWithoutAbmInOneLine() {
    Cli.Result result =
        Cli.run("funnel", "--sources", "s.yaml", "--icp", "icp", "--abm-out", "abm.csv");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("--abm PROSPECTS");
  }

  @Test
  void funnel_withoutOpportunities_refusesInOneLine() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "id,name\n1,Acme\n");
    Path yaml =
        Files.writeString(
            dir.resolve("sources.yaml"),
            "sources:\n  - file: a.csv\n    kind: accounts\n    key: id\n");
    Files.createDirectories(dir.resolve("icp"));
    Cli.Result result =
        Cli.run("funnel", "--sources", yaml.toString(), "--icp", icpJson().toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("no opportunities");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void funnel_withoutAStageColumn_refusesInOneLine() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "id,name\n1,Acme\n");
    Files.writeString(dir.resolve("o.csv"), "account,amount\n1,100\n");
    Path yaml =
        Files.writeString(
            dir.resolve("sources.yaml"),
            "sources:\n  - file: a.csv\n    kind: accounts\n    key: id\n"
                + "  - file: o.csv\n    kind: opportunities\n    key: account\n"
                + "    columns:\n      amount: amount\n");
    Cli.Result result =
        Cli.run("funnel", "--sources", yaml.toString(), "--icp", icpJson().toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("no stage column");
  }

  @Test
  void funnel_withoutTheIcp_refusesInOneLineAndWritesNothing() throws IOException {
    Path yaml = Files.writeString(dir.resolve("sources.yaml"), "sources: []\n");
    Path out = dir.resolve("funnel.json");
    Cli.Result result =
        Cli.run(
            "funnel",
            "--sources",
            yaml.toString(),
            "--icp",
            dir.resolve("missing").toString(),
            "--out",
            out.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("icp.json");
    assertThat(out).doesNotExist();
  }

  @Test
  void funnel_refusesAnUnknownCutInOneLine() {
    Cli.Result result =
        Cli.run("funnel", "--sources", "s.yaml", "--icp", "icp", "--by", "tier,region");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).singleElement().asString().contains("unknown funnel dimension");
  }

  private Path icpJson() throws IOException {
    Path icp = Files.createDirectories(dir.resolve("icp"));
    return Files.writeString(icp.resolve("icp.json"), org.icpengine.testkit.SampleIcp.get().icp());
  }
}
