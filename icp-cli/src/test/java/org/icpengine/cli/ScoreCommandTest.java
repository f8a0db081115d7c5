package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp score} and {@code icp evaluate} through the real command line. */
class ScoreCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static SampleFiles sample;
  private static Path icp;

  @BeforeAll
  static void derive() throws IOException {
    sample = SampleCompany.builder().seed(42).prospects(3_000).build().write(dir.resolve("s"));
    Cli.Result derived =
        Cli.run(sample.customers(), "derive", "--out", dir.resolve("icp").toString());
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    icp = dir.resolve("icp/icp.json");
  }

  private static List<String> lines(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @Test
  void derive_storesTheFitModelAndItsEvaluation() throws IOException {
    JsonNode root = JSON.readTree(icp.toFile());
    assertThat(root.at("/fit_model/format").asText()).isEqualTo("icp-points/1");
    assertThat(root.at("/fit_model/tiers/A").asInt())
        .isGreaterThan(root.at("/fit_model/tiers/B").asInt());
    assertThat(root.at("/evaluation/fit_score/auc").asDouble()).isGreaterThan(0.75);
    assertThat(root.at("/evaluation/baseline/auc").asDouble()).isGreaterThan(0.5);
    assertThat(root.at("/fit_model/disqualifiers/0/reason").asText())
        .isEqualTo("Industry is Education");
  }

  @Test
  void score_keepsEveryRowInOrderWithItsOriginalTextAndAddsScores() throws IOException {
    Path out = dir.resolve("scored.csv");
    Cli.Result result =
        Cli.run(
            sample.prospects(),
            "score",
            "--icp",
            icp.toString(),
            "--out",
            out.toString(),
            "--column",
            "Tech Stack=Technologies");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("Scored 3,000 rows: A ").contains("Written: " + out);
    assertThat(result.errLines())
        .contains(
            "matched Tech Stack ← Technologies (given)",
            "matched Billing Country ← Country/Region (HubSpot synonym)",
            "matched NumberOfEmployees ← Number of Employees (same name but for case,"
                + " spaces and punctuation)");
    List<String> input = lines(sample.prospects());
    List<String> output = lines(out);
    assertThat(output).hasSize(input.size());
    assertThat(output.get(0))
        .startsWith(input.get(0))
        .endsWith(
            ",icp_score,icp_tier,icp_reasons,icp_engagement_score,icp_priority,"
                + "icp_priority_reasons,icp_grade,icp_coverage,icp_status");
    for (int i = 1; i < input.size(); i++) {
      String id = input.get(i).substring(0, input.get(i).indexOf(','));
      assertThat(output.get(i)).as("row %d", i).startsWith(id + ",");
    }
    assertThat(String.join("\n", output))
        .contains(",A,base 50; +")
        .contains(" engagement: ")
        .contains(",A-high,");
    assertThat(result.out()).doesNotContain("No engagement score");
  }

  @Test
  void score_withAnIcpWithoutEngagementSaysTheFitScoreIsThePriority() throws IOException {
    Path folder = dir.resolve("icp-no-engagement");
    Cli.Result derived =
        Cli.run(sample.customers(), "derive", "--engagement-in-fit", "--out", folder.toString());
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    Path out = dir.resolve("no-engagement.csv");
    Cli.Result result =
        Cli.run(
            sample.prospects(),
            "score",
            "--icp",
            folder.resolve("icp.json").toString(),
            "--out",
            out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "No engagement score in this ICP (no behavioural columns): the fit score is the"
                + " priority, so icp_priority and icp_grade are not written");
    assertThat(lines(out).get(0))
        .endsWith(",icp_score,icp_tier,icp_reasons,icp_coverage,icp_status")
        .doesNotContain("icp_priority");
  }

  @Test
  void score_neutralisesFormulasInCsvButNotWithKeepFormulas() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("formulas.csv"),
            "Company,Industry,NumberOfEmployees\n"
                + "\"=HYPERLINK(\"\"http://x\"\")\",Fintech,500\n"
                + "Beta,Education,-5\n"
                + "@SUM(A1),,\n");
    Path out = dir.resolve("formulas-scored.csv");
    Cli.Result result = Cli.run(input, "score", "--icp", icp.toString(), "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> output = lines(out);
    assertThat(output.get(1)).startsWith("\"'=HYPERLINK(");
    assertThat(output.get(2))
        .contains(",-5,")
        .contains(",D,\"disqualified: Industry is Education;")
        .endsWith(",disqualified");
    assertThat(output.get(3)).startsWith("'@SUM(A1)");
    assertThat(output.get(2).split("Tech Stack unknown", -1))
        .as("one reason for a missing multi-valued column, not one per item")
        .hasSizeLessThanOrEqualTo(2);
    assertThat(result.out()).contains("2 cells that a spreadsheet would run as formulas");
    assertThat(result.err()).contains("not scored on: ").contains("AnnualRevenue");
    Path kept = dir.resolve("formulas-kept.csv");
    Cli.run(input, "score", "--icp", icp.toString(), "--out", kept.toString(), "--keep-formulas");
    assertThat(lines(kept).get(1)).startsWith("\"=HYPERLINK(");
  }

  @Test
  void score_aRowWithNoModelValueKeepsItsPlaceUnscored() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("gap.csv"), "Company,Industry\nA,Fintech\nB,\nC,Healthtech\n");
    Path out = dir.resolve("gap-scored.csv");
    Cli.Result result = Cli.run(input, "score", "--icp", icp.toString(), "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    List<String> output = lines(out);
    assertThat(output).hasSize(4);
    assertThat(output.get(2)).startsWith("B,,,,\"not scored: insufficient data, 0 %");
    // one known attribute is too little to tier: never tier A on Industry alone
    assertThat(output.get(1))
        .startsWith("A,Fintech,,,\"not scored: insufficient data, ")
        .endsWith(",insufficient_data");
    assertThat(result.out()).contains("3 rows not scored");
  }

  @Test
  void score_aColumnTheFileLacksIsWorthNothingOnEveryRowAndNamedOnce() throws IOException {
    // the prospects without their country and technologies columns (matched by synonym otherwise)
    Path lacking = dir.resolve("prospects-lacking.csv");
    try (org.icpengine.data.engine.Engine engine =
        org.icpengine.data.engine.Engine.open(
            org.icpengine.data.engine.EngineAccess.reading(sample.prospects()))) {
      engine.copy(
          "SELECT * EXCLUDE (\"Country/Region\", \"Technologies\") FROM read_csv("
              + org.icpengine.data.engine.Engine.literal(sample.prospects().toString())
              + ", all_varchar = true)",
          "(FORMAT csv, HEADER true)",
          lacking);
    }
    Path out = dir.resolve("unmapped.csv");
    Cli.Result result = Cli.run(lacking, "score", "--icp", icp.toString(), "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err().split("not scored on: ", -1)).hasSize(2);
    String warning =
        result.err().lines().filter(l -> l.contains("not scored on: ")).findFirst().orElseThrow();
    assertThat(warning).contains("Billing Country").contains("Tech Stack");
    List<String> output = lines(out);
    // the reasons, without the list of columns not given
    List<String> reasons =
        output.subList(1, output.size()).stream()
            .map(row -> row.substring(Math.max(row.indexOf("base 50"), row.indexOf("not scored:"))))
            .map(r -> r.replaceAll("not given: [^\"]*", ""))
            .toList();
    assertThat(reasons)
        .allSatisfy(
            r ->
                assertThat(r)
                    .doesNotContain("Tech Stack")
                    .doesNotContain("Billing Country")
                    .doesNotContain("unknown"));
  }

  @Test
  void derive_publishesAtMostSixRoundRangesPerNumberAndNoPointsForUnknown() throws IOException {
    JsonNode root = JSON.readTree(icp.toFile());
    int maxRanges = root.at("/evaluation/readable_points/max_ranges").asInt();
    assertThat(maxRanges).isBetween(6, 8);
    int numbers = 0;
    for (JsonNode attribute : root.at("/fit_model/attributes")) {
      JsonNode bins = attribute.get("bins");
      if (attribute.get("missing_signal").isNull()) {
        assertThat(bins.get(0).get("points").asInt()).as(attribute.toString()).isZero();
      }
      if (!attribute.get("kind").asText().equals("number")) {
        continue;
      }
      numbers++;
      assertThat(bins.size() - 1).as(attribute.get("name").asText()).isBetween(1, maxRanges);
      for (JsonNode bound : attribute.get("upper_bounds")) {
        String digits = String.valueOf((long) Math.abs(bound.asDouble())).replaceAll("0+$", "");
        assertThat(digits.length()).as("%s is a round cut", bound).isLessThanOrEqualTo(2);
      }
      for (JsonNode bin : bins) {
        assertThat(bin.get("label").asText()).doesNotContain("and ≤").doesNotContain(" > ");
      }
    }
    assertThat(numbers).isPositive();
    assertThat(
            root.at("/evaluation/readable_points/auc_unknown_not_evidence").asDouble()
                - root.at("/evaluation/readable_points/auc_readable_ranges").asDouble())
        .isLessThanOrEqualTo(0.002);
  }

  @Test
  void score_keepsRowsItCouldNotReadInTheirPlaces() throws IOException {
    Path input =
        Files.writeString(
            dir.resolve("ragged.csv"), "Company,Industry\nA,Fintech\nB,Retail,x,y\nC,Retail\n");
    Path out = dir.resolve("ragged-scored.csv");
    Cli.Result result = Cli.run(input, "score", "--icp", icp.toString(), "--out", out.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err())
        .contains("1 rows of ragged.csv could not be read (line 3:")
        .contains("kept in their places unscored");
    List<String> output = lines(out);
    assertThat(output).hasSize(4);
    assertThat(output.get(1)).startsWith("A,Fintech,");
    assertThat(output.get(2))
        .startsWith(",,,,\"not scored: line 3 could not be read (")
        .contains("B,Retail,x,y");
    assertThat(output.get(3)).startsWith("C,Retail,");
  }

  @Test
  void score_writesCrmLayoutsAndParquet() throws IOException {
    Path hubspot = dir.resolve("hubspot.csv");
    Cli.Result h =
        Cli.run(
            sample.customers(),
            "score",
            "--icp",
            icp.toString(),
            "--out",
            hubspot.toString(),
            "--format",
            "hubspot");
    assertThat(h.exitCode()).as(h.err()).isZero();
    assertThat(lines(hubspot).get(0))
        .endsWith(
            ",Ideal Customer Profile Tier,ICP Fit Score,ICP Fit Tier,ICP Fit Reasons,ICP Engagement"
                + " Score,ICP Priority,ICP Priority Reasons,ICP Grade,ICP Fit Coverage,ICP Fit"
                + " Status");
    assertThat(String.join("\n", lines(hubspot))).contains(",tier_1,").contains(",tier_3,");
    Path salesforce = dir.resolve("salesforce.csv");
    Cli.run(
        sample.customers(),
        "score",
        "--icp",
        icp.toString(),
        "--out",
        salesforce.toString(),
        "--format",
        "salesforce");
    assertThat(lines(salesforce).get(0))
        .contains(",ICP_Fit_Score__c,ICP_Tier__c,ICP_Fit_Reasons__c")
        .contains(",ICP_Priority__c,ICP_Priority_Reasons__c,ICP_Grade__c,")
        .endsWith(",ICP_Fit_Coverage__c,ICP_Fit_Status__c");
    Path parquet = dir.resolve("scored.parquet");
    Cli.Result p =
        Cli.run(sample.customers(), "score", "--icp", icp.toString(), "--out", parquet.toString());
    assertThat(p.exitCode()).as(p.err()).isZero();
    assertThat(Files.readAllBytes(parquet)).startsWith("PAR1".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void score_refusesBrokenIcpFilesWithOneLine() throws IOException {
    Path corrupt = Files.writeString(dir.resolve("corrupt.json"), "{\"format_version\": 1, \"tr");
    Path notIcp = Files.writeString(dir.resolve("other.json"), "{\"name\": \"x\"}");
    ObjectNode newer = (ObjectNode) JSON.readTree(icp.toFile());
    newer.put("format_version", 99);
    Path future = Files.writeString(dir.resolve("future.json"), newer.toString());
    ObjectNode edited = (ObjectNode) JSON.readTree(icp.toFile());
    ((ObjectNode) edited.at("/fit_model/tiers")).put("B", 1000);
    Path badTiers = Files.writeString(dir.resolve("tiers.json"), edited.toString());
    List<String[]> cases = new ArrayList<>();
    cases.add(new String[] {corrupt.toString(), "is not valid JSON"});
    cases.add(new String[] {notIcp.toString(), "is not an ICP file"});
    cases.add(new String[] {future.toString(), "from a newer ICP Engine"});
    cases.add(new String[] {badTiers.toString(), "tier thresholds must descend"});
    for (String[] c : cases) {
      Path out = dir.resolve("never.csv");
      Cli.Result result =
          Cli.run(sample.customers(), "score", "--icp", c[0], "--out", out.toString());
      assertThat(result.exitCode()).as(c[0]).isEqualTo(2);
      assertThat(result.errLines()).hasSize(1);
      assertThat(result.err()).contains(c[1]);
      assertThat(out).doesNotExist();
    }
    Cli.Result folder =
        Cli.run(sample.customers(), "score", "--icp", icp.toString(), "--out", dir.toString());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("is a folder");
  }

  @Test
  void evaluate_printsBothModelsSideBySideAndJson() throws IOException {
    Cli.Result text = Cli.run(sample.customers(), "evaluate", "--holdout", "0.25", "--seed", "7");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("FIT SCORE", "WOE SCORECARD", "Top-decile lift", "Ideal captured by A+B")
        .contains("Calibration slope")
        .contains("On 1,000 held-out accounts (25.0% of the file, seed 7")
        .containsPattern("with at most [678] round ranges per number")
        .contains("Fit, engagement and priority on the same held-out accounts:")
        .contains("ENGAGEMENT", "PRIORITY", "Grades, fit tier × engagement level")
        .containsPattern("AUC \\[95% CI\\] +0\\.\\d{3} \\[0\\.\\d{3}–0\\.\\d{3}\\]");
    Cli.Result json = Cli.run(sample.customers(), "evaluate", "--json");
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonNode node = JSON.readTree(json.out());
    assertThat(node.get("holdout_rows").asInt()).isEqualTo(1_200);
    assertThat(node.at("/fit_score/tiers")).hasSize(4);
    assertThat(node.at("/baseline/name").asText()).contains("Weight-of-evidence");
    assertThat(node.at("/readable_points/auc_readable_ranges").asDouble()).isGreaterThan(0.75);
    assertThat(node.at("/side_by_side/priority/auc").asDouble())
        .isGreaterThan(node.at("/side_by_side/priority/auc_ci/low").asDouble());
    assertThat(node.at("/side_by_side/engagement_score/auc").isNumber()).isTrue();
    int graded = 0;
    for (JsonNode cell : node.at("/side_by_side/grades")) {
      graded += cell.get("rows").asInt();
    }
    assertThat(graded).isEqualTo(1_200);
    Cli.Result bad = Cli.run(sample.customers(), "evaluate", "--holdout", "0.9");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--holdout must be between 0.05 and 0.5");
  }
}
