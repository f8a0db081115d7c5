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
import java.util.Locale;
import org.icpengine.sample.SampleCompany;
import org.icpengine.testkit.SampleIcp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp drift} and {@code icp segment-check} through the real command line. */
class DriftCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  private static Path icp;
  private static Path fresh;

  @BeforeAll
  static void write() throws IOException {
    SampleIcp sample = SampleIcp.get();
    icp = Files.createDirectories(dir.resolve("icp"));
    Files.writeString(icp.resolve("icp.json"), sample.icp(), StandardCharsets.UTF_8);
    fresh =
        SampleCompany.builder()
            .seed(7)
            .customers(2000)
            .deals(0)
            .prospects(10)
            .build()
            .write(dir.resolve("fresh"))
            .customers();
  }

  private static Cli.Result drift(Path current, String... more) {
    List<String> args = new ArrayList<>(List.of("drift", "--icp", icp.toString()));
    args.addAll(List.of("--reference", SampleIcp.get().customers().toString()));
    args.addAll(List.of("--current", current.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The fresh draw without most of its Fintech accounts: the industry mix moves ~10 points. */
  private static Path thinned() throws IOException {
    List<String> lines = Files.readAllLines(fresh, StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>();
    kept.add(lines.get(0));
    for (int i = 1; i < lines.size(); i++) {
      boolean fintech = lines.get(i).toLowerCase(Locale.ROOT).contains(",fintech,");
      if (!fintech || i % 5 == 0) {
        kept.add(lines.get(i));
      }
    }
    return Files.write(dir.resolve("thinned.csv"), kept, StandardCharsets.UTF_8);
  }

  @Test
  void drift_raisesNoAlarmOnAFreshDrawOfTheSameCompany() {
    Cli.Result result = drift(fresh);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("No alarm: nothing moved both significantly")
        .contains("Population drift per attribute")
        .contains("Performance of the score:");
  }

  @Test
  void drift_namesTheIndustryWhenItsMixMoved() throws IOException {
    Cli.Result result = drift(thinned(), "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode root = JSON.readTree(result.out());
    assertThat(root.get("alarm").asBoolean()).isTrue();
    List<String> alarmed = new ArrayList<>();
    root.get("attributes")
        .forEach(
            a -> {
              if (a.get("alarm").asBoolean()) {
                alarmed.add(a.get("attribute").asText());
              }
            });
    assertThat(alarmed).containsExactly("Industry");
    JsonNode industry = root.at("/attributes").findParent("psi");
    assertThat(industry.has("q_value")).isTrue();
    assertThat(root.at("/score/tier_mix/bins").size()).isEqualTo(5);
    assertThat(root.at("/performance/current/observed").asBoolean()).isTrue();
  }

  @Test
  void drift_labelsTierRatesAsEstimatesWithoutOutcomes() {
    Cli.Result result = drift(SampleIcp.get().prospects());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("No outcomes yet").contains("(estimate)");
  }

  @Test
  void drift_refusesAFolderWithoutIcpJson() {
    Cli.Result result =
        Cli.run(
            "drift",
            "--icp",
            dir.toString(),
            "--reference",
            fresh.toString(),
            "--current",
            fresh.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("without icp.json");
  }

  @Test
  void drift_refusesAFileWithoutTheModelsColumns() throws IOException {
    Path other = Files.writeString(dir.resolve("other.csv"), "colour,size\nred,1\nblue,2\n");
    Cli.Result result = drift(other);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("other.csv has none of the model's columns");
  }

  @Test
  void segmentCheck_givesAVerdictInWords() {
    Cli.Result result =
        Cli.run(
            "segment-check",
            "--icp",
            icp.toString(),
            fresh.toString(),
            "--segment",
            "NumberOfEmployees > 1000000");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).containsPattern("Verdict: too few accounts to tell \\(need about");
  }

  @Test
  void segmentCheck_refusesAnExpressionOutsideTheLanguage() {
    Cli.Result result =
        Cli.run(
            "segment-check",
            "--icp",
            icp.toString(),
            fresh.toString(),
            "--segment",
            "Industry = 'Fintech' OR 1=1; DROP TABLE raw");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("invalid --segment");
  }

  @Test
  void help_listsBothCommands() {
    assertThat(Cli.run("--help").out())
        .containsPattern("(?m)^  drift +Check whether the ICP's score model")
        .containsPattern("(?m)^  segment-check +Judge whether a segment");
  }
}
