package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo on the bundled sample data shows what the product promises. */
class DemoTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Cli.Result demo;

  @BeforeAll
  static void runDemo() {
    demo = Cli.run("demo", "--no-serve", "--out", dir.resolve("demo").toString());
  }

  @Test
  void demo_succeedsAndSaysWhereItsOutputsAre() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("Outputs:");
    for (String name :
        List.of(
            "customers.csv",
            "deals.csv",
            "prospects.csv",
            "customers-profile.json",
            "customers-mapping.yaml",
            "icp/icp.json",
            "prospects-scored.csv",
            "customers-cohorts-industry.json",
            "deals-cohorts-industry.json")) {
      assertThat(dir.resolve("demo").resolve(name)).isNotEmptyFile();
      assertThat(demo.out()).contains(dir.resolve("demo").resolve(name).toString());
    }
  }

  @Test
  void prospects_areScoredWithThePlantedIcpOnTop() throws IOException {
    List<String> scored =
        java.nio.file.Files.readAllLines(dir.resolve("demo/prospects-scored.csv"));
    List<String> prospects = java.nio.file.Files.readAllLines(dir.resolve("demo/prospects.csv"));
    assertThat(scored).hasSameSizeAs(prospects);
    assertThat(demo.out())
        .contains("== Prospects scored with the ICP")
        .contains("matched Tech Stack \u2190 Technologies (HubSpot synonym)")
        .contains("matched Billing Country \u2190 Country/Region (HubSpot synonym)")
        .containsPattern("(?m)^  \\d+ A  .*: base 50; \\+\\d+ Industry is (Fintech|Healthtech)");
  }

  @Test
  void score_withoutColumnOptionsGivesTheDemosTiersRowForRow() throws IOException {
    Path demoDir = dir.resolve("demo");
    Path again = dir.resolve("prospects-again.csv");
    Cli.Result result =
        Cli.run(
            demoDir.resolve("prospects.csv"),
            "score",
            "--icp",
            demoDir.resolve("icp/icp.json").toString(),
            "--out",
            again.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).contains("matched Tech Stack \u2190 Technologies (HubSpot synonym)");
    List<String> demoTiers = tiers(demoDir.resolve("prospects-scored.csv"));
    assertThat(tiers(again)).isEqualTo(demoTiers);
    assertThat(demoTiers).filteredOn("A"::equals).hasSizeGreaterThan(demoTiers.size() / 20);
  }

  @Test
  void enrichment_movesProspectTiersAsAnIndependentCountSays() throws IOException {
    Path demoDir = dir.resolve("demo");
    Map<String, List<String>> before = scored(demoDir.resolve("prospects-linked-scored.csv"), "Id");
    Map<String, List<String>> after =
        scored(demoDir.resolve("prospects-enriched-scored.csv"), "account_key");
    assertThat(after.keySet()).isEqualTo(before.keySet());
    Map<String, Long> moves = new TreeMap<>();
    long stackFilled = 0;
    for (Map.Entry<String, List<String>> prospect : before.entrySet()) {
      List<String> was = prospect.getValue();
      List<String> is = after.get(prospect.getKey());
      if (!was.get(0).equals(is.get(0))) {
        moves.merge(was.get(0) + "\u2192" + is.get(0), 1L, Long::sum);
        stackFilled += was.get(1).isEmpty() && !is.get(1).isEmpty() ? 1 : 0;
      }
    }
    long moved = moves.values().stream().mapToLong(Long::longValue).sum();
    assertThat(moved).isGreaterThan(before.size() / 10);
    assertThat(stackFilled).isGreaterThan(moved * 9 / 10);
    assertThat(demo.out())
        .contains(
            String.format(
                Locale.ROOT,
                "With the enriched tech stack, %,d of %,d prospects changed tier: ",
                moved,
                before.size()))
        .containsPattern("Enriched \\d+ of 1,000 prospects from technographics.csv")
        .containsPattern("Enriched \\d+ of 2,000 accounts from technographics.csv");
    moves.forEach(
        (move, n) ->
            assertThat(demo.out())
                .containsPattern(
                    "[:,] " + String.format(Locale.ROOT, "%,d", n) + " " + move + "\\b"));
  }

  @Test
  void enrichedValues_countAsKnownInIcpCoverage() throws IOException {
    Path demoDir = dir.resolve("demo");
    Map<String, List<String>> before = scored(demoDir.resolve("prospects-linked-scored.csv"), "Id");
    Map<String, List<String>> after =
        scored(demoDir.resolve("prospects-enriched-scored.csv"), "account_key");
    long filled = 0;
    for (Map.Entry<String, List<String>> prospect : before.entrySet()) {
      List<String> was = prospect.getValue();
      List<String> is = after.get(prospect.getKey());
      if (was.get(1).isEmpty() && !is.get(1).isEmpty()) {
        filled++;
        assertThat(Double.parseDouble(is.get(2)))
            .as(prospect.getKey())
            .isGreaterThan(Double.parseDouble(was.get(2)));
      }
    }
    assertThat(filled).isGreaterThan(before.size() / 3);
  }

  @Test
  void sourcesInit_findsTheVendorFileAndTheReportCountsEnrichedAccounts() throws IOException {
    Path demoDir = dir.resolve("demo");
    assertThat(Files.readString(demoDir.resolve("sources.yaml")))
        .containsPattern("file: linked/technographics.csv\\s+kind: enrichment");
    assertThat(Files.readString(demoDir.resolve("linked-icp/report.html")))
        .contains("<h2>Evidence from enrichment</h2>")
        .containsPattern("Enrichment files gave values to \\d+ of 2,000 accounts");
    assertThat(demo.out()).contains("Evidence from enrichment: ");
  }

  /** Each prospect's tier ("unscored" when none), tech stack and coverage, by its key. */
  private static Map<String, List<String>> scored(Path file, String key) {
    try (org.icpengine.data.engine.Engine engine =
        org.icpengine.data.engine.Engine.open(
            org.icpengine.data.engine.EngineAccess.reading(file))) {
      Map<String, List<String>> rows = new HashMap<>();
      engine
          .query(
              "SELECT \""
                  + key
                  + "\", icp_tier, \"Tech_Stack__c\", icp_coverage FROM read_csv("
                  + org.icpengine.data.engine.Engine.literal(file.toString())
                  + ", all_varchar = true)",
              r ->
                  List.of(
                      r.getString(1),
                      r.getString(2) == null ? "unscored" : r.getString(2),
                      r.getString(3) == null ? "" : r.getString(3),
                      r.getString(4)))
          .forEach(row -> rows.put(row.get(0), row.subList(1, 4)));
      return rows;
    }
  }

  private static List<String> tiers(Path scored) throws IOException {
    try (org.icpengine.data.engine.Engine engine =
        org.icpengine.data.engine.Engine.open(
            org.icpengine.data.engine.EngineAccess.reading(scored))) {
      return engine.query(
          "SELECT coalesce(icp_tier, '') FROM read_csv("
              + org.icpengine.data.engine.Engine.literal(scored.toString())
              + ", all_varchar = true)",
          r -> r.getString(1));
    }
  }

  @Test
  void cohortsByIndustry_showThePlantedIndustriesLift() throws IOException {
    Path customers = dir.resolve("demo/customers.csv");
    Cli.Result result = Cli.run(customers, "cohorts", "--by", "industry", "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode cohorts = JSON.readTree(result.out()).get("cohorts");
    for (String planted : PlantedIcp.INDUSTRIES) {
      JsonNode cohort = find(cohorts, planted);
      assertThat(cohort.at("/lift/value").asDouble()).as(planted).isGreaterThan(1.5);
      assertThat(cohort.at("/lift/ci_low").asDouble()).as(planted).isGreaterThan(1.0);
      assertThat(cohort.at("/lift/p_value").asDouble()).as(planted).isLessThan(0.001);
    }
    assertThat(find(cohorts, PlantedIcp.DISQUALIFIED_INDUSTRY).at("/lift/value").asDouble())
        .isLessThan(0.5);
  }

  @Test
  void everyIndustryAndCountryAppearsUnderOneSpelling() throws IOException {
    Path customers = dir.resolve("demo/customers.csv");
    List<String> industries = new ArrayList<>(SampleCompany.INDUSTRIES);
    industries.add("(missing)");
    assertThat(values(customers, "Industry")).containsExactlyInAnyOrderElementsOf(industries);
    List<String> countries = new ArrayList<>(SampleCompany.COUNTRIES);
    countries.add("(missing)");
    assertThat(values(customers, "Billing Country")).containsExactlyInAnyOrderElementsOf(countries);
  }

  private static List<String> values(Path file, String column) throws IOException {
    Cli.Result result = Cli.run(file, "cohorts", "--by", column, "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> values = new ArrayList<>();
    JSON.readTree(result.out()).get("cohorts").forEach(c -> values.add(c.get("value").asText()));
    return values;
  }

  private static JsonNode find(JsonNode cohorts, String value) {
    for (JsonNode cohort : cohorts) {
      if (cohort.get("value").asText().equals(value)) {
        return cohort;
      }
    }
    throw new AssertionError("no cohort " + value + " in " + cohorts);
  }

  @Test
  void demo_intoAFileIsBadInput() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Cli.Result result = Cli.run("demo", "--no-serve", "--out", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is a file");
  }
}
