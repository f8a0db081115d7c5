package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.icpengine.sample.PlantedIcp;
import org.icpengine.sample.SampleCompany;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp derive} on the sample customers finds the planted ICP and writes icp.json. */
class DeriveCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path customers;
  private static Cli.Result derived;
  private static JsonNode icp;

  @BeforeAll
  static void derive() throws IOException {
    customers = SampleCompany.builder().seed(42).build().write(dir.resolve("sample")).customers();
    derived = Cli.run(customers, "derive", "--out", dir.resolve("out").toString());
    icp = JSON.readTree(dir.resolve("out/icp.json").toFile());
  }

  @Test
  void derive_saysTheIcpIsUsableWithItsHeldOutAuc() {
    assertThat(derived.out()).containsPattern("(?m)^Usable: held-out AUC 0\\.\\d{3} \\(95 % CI");
    assertThat(icp.get("usable").asBoolean()).isTrue();
    assertThat(icp.at("/usability/auc_ci/low").asDouble()).isGreaterThan(0.5);
  }

  @Test
  void derive_onShuffledOutcomesSaysTheIcpIsNotUsable() throws IOException {
    Path shuffled =
        org.icpengine.sample.SampleCompany.builder()
            .seed(42)
            .shuffledOutcomes(7)
            .deals(0)
            .prospects(0)
            .build()
            .write(dir.resolve("shuffled"))
            .customers();
    Cli.Result result = Cli.run(shuffled, "derive", "--out", dir.resolve("null").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("(?m)^NOT USABLE: the fit score's held-out AUC");
    assertThat(result.err()).contains("warning: this ICP is not usable: ");
    JsonNode written = JSON.readTree(dir.resolve("null/icp.json").toFile());
    assertThat(written.get("usable").asBoolean()).isFalse();
    assertThat(written.at("/usability/reason").asText()).contains("does not rule out chance");
  }

  @Test
  void derive_modelsOrderLinesAsAccountsWhenTheUserSaysSo() throws IOException {
    Path csv = Files.writeString(dir.resolve("order-lines.csv"), BadInputTest.orderLines());

    Cli.Result result =
        Cli.run(csv, "derive", "--out", dir.resolve("lines").toString(), "--rows-are-accounts");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(dir.resolve("lines/icp.json")).exists();
  }

  @Test
  void derive_writesTheContractFieldsOfEveryTrait() {
    assertThat(derived.exitCode()).as(derived.err()).isZero();
    assertThat(icp.get("format_version").asInt()).isEqualTo(1);
    assertThat(icp.at("/provenance/rows").asLong()).isEqualTo(4_000);
    assertThat(icp.at("/provenance/input_sha256").asText()).hasSize(64);
    assertThat(icp.get("traits")).isNotEmpty();
    for (JsonNode trait : icp.get("traits")) {
      for (String field :
          List.of(
              "attribute", "category", "condition", "direction", "lift", "support", "q_value")) {
        assertThat(trait.has(field)).as(field).isTrue();
      }
    }
    assertThat(icp.get("summary").asText()).startsWith("Ideal customers are accounts where");
  }

  @Test
  void derive_findsThePlantedTraitsAndTheDisqualifier() {
    Set<String> positive = conditions("positive");
    assertThat(positive)
        .contains(
            "Industry is " + PlantedIcp.INDUSTRIES.get(0),
            "Industry is " + PlantedIcp.INDUSTRIES.get(1),
            "Tech Stack has " + PlantedIcp.TECHNOLOGY);
    assertThat(conditions("negative")).contains("Industry is " + PlantedIcp.DISQUALIFIED_INDUSTRY);
    for (JsonNode trait : icp.get("traits")) {
      assertThat(PlantedIcp.NOISE_COLUMNS).doesNotContain(trait.get("attribute").asText());
      assertThat(trait.get("attribute").asText())
          .isNotIn("LTV", "Churned", "CAC", "Customer Health");
    }
  }

  @Test
  void derive_findsWhatDrivesEachNumericOutcome() {
    Set<String> outcomes = new TreeSet<>();
    icp.get("outcome_segments").forEach(f -> outcomes.add(f.get("outcome").asText()));
    assertThat(outcomes).contains("LTV", "CAC");
    boolean snowflakeRaisesLtv = false;
    for (JsonNode finding : icp.get("outcome_segments")) {
      if (finding.get("outcome").asText().equals("LTV")
          && finding.get("direction").asText().equals("positive")
          && finding.get("conditions").toString().contains("has " + PlantedIcp.TECHNOLOGY)) {
        snowflakeRaisesLtv = true;
        assertThat(finding.at("/difference/value").asDouble()).isPositive();
      }
    }
    assertThat(snowflakeRaisesLtv).isTrue();
  }

  @Test
  void derive_doesNotDependOnColumnOrder() throws IOException {
    List<String> lines = Files.readAllLines(customers, StandardCharsets.UTF_8);
    Path reversed = dir.resolve("reversed.csv");
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      out.add(reverseFields(line));
    }
    Files.write(reversed, out, StandardCharsets.UTF_8);
    Cli.Result result = Cli.run(reversed, "derive", "--out", dir.resolve("out2").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode other = JSON.readTree(dir.resolve("out2/icp.json").toFile());
    assertThat(traitSet(other)).isEqualTo(traitSet(icp));
  }

  @Test
  void derive_onASmallBaseSaysSoAndStaysShallow() throws IOException {
    Path small =
        SampleCompany.builder()
            .seed(3)
            .customers(600)
            .deals(0)
            .prospects(0)
            .build()
            .write(dir.resolve("small"))
            .customers();
    Cli.Result result = Cli.run(small, "derive", "--out", dir.resolve("small-out").toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode document = JSON.readTree(dir.resolve("small-out/icp.json").toFile());
    assertThat(document.get("notes").toString()).contains("Fewer than 1000 accounts");
    document
        .get("segments")
        .forEach(s -> assertThat(s.get("conditions").size()).isLessThanOrEqualTo(2));
  }

  @Test
  void derive_refusesAnOutputFolderThatIsAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "x");
    Cli.Result result = Cli.run(customers, "derive", "--out", file.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is a file").doesNotContain("Exception");
    assertThat(file).hasContent("x");
  }

  @Test
  void derive_saysHowManyIdealCustomersAreNeeded() {
    Cli.Result result =
        Cli.run(
            customers, "derive", "--out", dir.resolve("few").toString(), "--ideal", "LTV > 250000");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("at least 20").doesNotContain("Exception");
    assertThat(dir.resolve("few")).doesNotExist();
  }

  @Test
  void derive_refusesWhenEveryAttributeIsExcluded() {
    String all =
        "Industry,Billing Country,NumberOfEmployees,AnnualRevenue,Tech Stack,"
            + "Primary Use Case,Biggest Challenge,Lead Source,Web Visits (90d)";
    Cli.Result result =
        Cli.run(customers, "derive", "--out", dir.resolve("none").toString(), "--exclude", all);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no attribute is left");
  }

  private static Set<String> conditions(String direction) {
    Set<String> conditions = new TreeSet<>();
    icp.get("traits")
        .forEach(
            t -> {
              if (t.get("direction").asText().equals(direction)) {
                conditions.add(t.get("condition").asText());
              }
            });
    return conditions;
  }

  private static Set<String> traitSet(JsonNode document) {
    Set<String> traits = new TreeSet<>();
    document
        .get("traits")
        .forEach(t -> traits.add(t.get("direction").asText() + ": " + t.get("condition").asText()));
    return traits;
  }

  private static String reverseFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    java.util.Collections.reverse(fields);
    return String.join(",", fields);
  }

  @Test
  void derive_definesIdealFromAPresetOfOutcomes() throws IOException {
    Cli.Result result =
        Cli.run(
            customers,
            "derive",
            "--out",
            dir.resolve("preset").toString(),
            "--max-depth",
            "1",
            "--ideal-preset",
            "ltv-top=25%, not-churned");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode written = JSON.readTree(dir.resolve("preset/icp.json").toFile());
    assertThat(written.at("/ideal/expression").asText())
        .isEqualTo(
            "\"LTV\" >= quantile_cont(\"LTV\", 0.75) OVER () AND NOT coalesce(\"Churned\", false)");
    assertThat(written.at("/ideal/ideal_rows").asLong()).isPositive();
  }

  @Test
  void derive_explainsAnInvalidPresetInOneLine() {
    Cli.Result result =
        Cli.run(
            customers,
            "derive",
            "--out",
            dir.resolve("bad").toString(),
            "--ideal-preset",
            "ltv>=3");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines())
        .containsExactly(
            "icp: invalid --ideal-preset: unknown outcome 'ltv>=3'; the outcomes are "
                + org.icpengine.data.cohort.IdealPreset.SYNTAX);
    assertThat(dir.resolve("bad")).doesNotExist();
  }
}
