package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.sample.linked.LinkedSample;
import org.icpengine.sample.linked.PlantedChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code icp drift} on linked exports: one sources.yaml split into periods by date, and a
 * sources.yaml on either side. The sample plants a change in the later period: every planted fit
 * that became a customer from 2024-07-01 on are recorded as Retail, keeping a fit's economics.
 */
class DriftOverPeriodsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String IDEAL =
      "ltv >= quantile_cont(ltv, 0.75) FILTER (WHERE ltv > 0) OVER () AND ltv > 0"
          + " AND NOT coalesce(churned, false)";
  private static final LocalDate CHANGE = LocalDate.of(2024, 7, 1);

  @TempDir static Path dir;
  private static Path changed;
  private static Path unchanged;
  private static Path icp;
  private static Cli.Result withChange;
  private static Cli.Result withoutChange;
  private static long scratchBefore;
  private static long scratchAfter;

  @BeforeAll
  static void sample() throws IOException {
    changed =
        sources(
            "changed",
            LinkedSample.builder()
                .seed(11)
                .accounts(3000)
                .plantedChange(new PlantedChange(CHANGE, "Retail", 1.0))
                .build());
    unchanged = sources("unchanged", LinkedSample.builder().seed(11).accounts(3000).build());
    icp = dir.resolve("icp");
    Cli.Result derive =
        Cli.run(
            "derive", "--sources", unchanged.toString(), "--ideal", IDEAL, "--out", icp.toString());
    assertThat(derive.exitCode()).as(derive.err()).isZero();
    scratchBefore = scratchFolders();
    withChange = window(changed, "--window", CHANGE.toString(), "--json");
    withoutChange = window(unchanged, "--window", CHANGE.toString(), "--json");
    scratchAfter = scratchFolders();
  }

  private static Path sources(String name, LinkedSample sample) throws IOException {
    Path exports = dir.resolve(name);
    sample.write(exports);
    Cli.Result init = Cli.run("sources", "init", exports.toString());
    assertThat(init.exitCode()).as(init.err()).isZero();
    return exports.resolve("sources.yaml");
  }

  private static Cli.Result window(Path sources, String... more) {
    List<String> args =
        new ArrayList<>(List.of("drift", "--icp", icp.toString(), "--sources", sources.toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<String> alarmed(JsonNode root) {
    List<String> names = new ArrayList<>();
    root.get("attributes")
        .forEach(
            a -> {
              if (a.get("alarm").asBoolean()) {
                names.add(a.get("attribute").asText());
              }
            });
    return names;
  }

  @Test
  void window_flagsTheIndustryAndWhatChangedNamesRetail() throws IOException {
    assertThat(withChange.exitCode()).as(withChange.err()).isZero();
    JsonNode root = JSON.readTree(withChange.out());
    assertThat(root.get("alarm").asBoolean()).isTrue();
    assertThat(alarmed(root)).as(withChange.out()).contains("Industry");
    assertThat(root.at("/periods/split").asText()).isEqualTo("2024-07-01");
    assertThat(root.at("/periods/column").asText()).isEqualTo("customer_since");
    assertThat(root.at("/periods/current_accounts").asLong()).isPositive();
    assertThat(withChange.err()).contains("Periods by customer_since: reference before 2024-07-01");
    List<String> changes = new ArrayList<>();
    root.get("trait_changes").forEach(c -> changes.add(c.toString()));
    assertThat(changes).as(withChange.out()).anyMatch(c -> c.contains("Retail"));
  }

  /**
   * Without the planted change, Industry does not alarm; the other alarms (survey answers: recent
   * customers have not been surveyed yet, so their answers are mostly unknown) are the same with
   * and without it, so the change adds exactly the industry.
   */
  @Test
  void window_alarmsOnTheIndustryOnlyWhenTheChangeIsPlanted() throws IOException {
    assertThat(withoutChange.exitCode()).as(withoutChange.err()).isZero();
    List<String> without = alarmed(JSON.readTree(withoutChange.out()));
    List<String> with = new ArrayList<>(alarmed(JSON.readTree(withChange.out())));
    assertThat(without).doesNotContain("Industry");
    with.remove("Industry");
    assertThat(with).containsExactlyInAnyOrderElementsOf(without);
  }

  @Test
  void window_deletesItsScratchFolders() {
    assertThat(scratchAfter).isEqualTo(scratchBefore);
  }

  @Test
  void sourcesOnEitherSide_areAssembledAndCompared() throws IOException {
    Cli.Result result =
        Cli.run(
            "drift",
            "--icp",
            icp.toString(),
            "--reference",
            unchanged.toString(),
            "--current",
            changed.toString(),
            "--json");
    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode root = JSON.readTree(result.out());
    assertThat(root.at("/reference/rows").asLong()).isEqualTo(root.at("/current/rows").asLong());
    assertThat(root.has("periods")).isFalse();
  }

  @Test
  void window_refusesASplitThatLeavesAnEmptyPeriod() {
    Cli.Result result = window(changed, "--window", "2030-01-01");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).last().asString().contains("choose a --window that leaves");
  }

  @Test
  void window_refusesAnUnreadableSpan() {
    Cli.Result result = window(changed, "--window", "half a year");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("invalid --window half a year: give");
  }

  @Test
  void window_refusesAMissingSplitColumn() {
    Cli.Result result = window(changed, "--window", "12m", "--split-by", "Signed");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).last().asString().contains("no column Signed in the accounts");
  }

  @Test
  void sourcesWithoutWindow_isRefusedWithWhatToAdd() {
    Cli.Result result = window(changed);
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.errLines()).hasSize(1);
    assertThat(result.err()).contains("--sources needs --window");
  }

  @Test
  void pairAndWindow_areRefusedTogether() {
    Cli.Result result = window(changed, "--window", "12m", "--reference", changed.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("not both");
  }

  private static long scratchFolders() throws IOException {
    try (var paths = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return paths.filter(p -> p.getFileName().toString().startsWith("icp-periods-")).count();
    }
  }
}
