package org.icpengine.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code icp score --market} through the real command line. */
class ScoreMarketCommandTest {
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

  /** One written row: its score, tier and status. */
  private record Row(Integer score, String tier, String status, String reasons) {}

  private static List<Row> rows(Path parquet) {
    try (Engine engine = Engine.open(EngineAccess.reading(parquet))) {
      return engine.query(
          "SELECT icp_score, icp_tier, icp_status, icp_reasons FROM read_parquet("
              + Engine.literal(engine.readable(parquet).toString())
              + ")",
          r -> new Row((Integer) r.getObject(1), r.getString(2), r.getString(3), r.getString(4)));
    }
  }

  private static Cli.Result score(Path model, Path out, String... more) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "--icp",
                model.toString(),
                "--out",
                out.toString(),
                "--column",
                "Tech Stack=Technologies"));
    args.addAll(List.of(more));
    return Cli.run(sample.prospects(), "score", args.toArray(String[]::new));
  }

  /** Writes a copy of icp.json with its training support changed by {@code edit}. */
  private static Path edited(String name, java.util.function.Consumer<ObjectNode> edit)
      throws IOException {
    ObjectNode root = (ObjectNode) JSON.readTree(icp.toFile());
    edit.accept((ObjectNode) root.get("fit_model"));
    Path file = dir.resolve(name);
    Files.writeString(file, root.toPrettyString());
    return file;
  }

  @Test
  void market_reportsTheExpectedIdealPerTierAsTheSumOfTheWrittenRowsProbabilities()
      throws IOException {
    Path out = dir.resolve("market.parquet");
    Path report = dir.resolve("market.json");
    Cli.Result result = score(icp, out, "--market-json", report.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("Market: accounts and expected ideal accounts per tier")
        .contains("Market report: " + report)
        .doesNotContain("ranks the market");
    JsonNode fit = JSON.readTree(icp.toFile()).get("fit_model");
    double factor = fit.get("factor").asDouble();
    double reference = fit.get("reference_logit").asDouble();
    Map<String, double[]> byTier = new HashMap<>();
    long outside = 0;
    long unscored = 0;
    for (Row row : rows(out)) {
      outside += "outside_support".equals(row.status()) ? 1 : 0;
      if (row.tier() == null) {
        unscored++;
        continue;
      }
      double[] cell = byTier.computeIfAbsent(row.tier(), t -> new double[2]);
      cell[0]++;
      if (row.score() != null) {
        cell[1] += 1 / (1 + Math.exp(-(reference + (row.score() - 50) / factor)));
      }
    }
    JsonNode json = JSON.readTree(report.toFile());
    assertThat(json.path("tiers")).hasSize(4);
    double total = 0;
    for (JsonNode tier : json.path("tiers")) {
      double[] want = byTier.getOrDefault(tier.path("tier").asText(), new double[2]);
      assertThat(tier.path("accounts").asLong()).isEqualTo((long) want[0]);
      assertThat(tier.path("expected_ideal").asDouble()).isCloseTo(want[1], within(1e-6));
      total += want[1];
    }
    assertThat(json.path("expected_ideal").asDouble()).isCloseTo(total, within(1e-6));
    assertThat(json.path("unscored").asLong()).isEqualTo(unscored);
    assertThat(json.path("accounts").asLong() + unscored).isEqualTo(3_000);
    assertThat(json.path("outside_support").asLong()).isEqualTo(outside).isPositive();
    assertThat(json.path("training_base").asText()).isEqualTo("accounts");
    assertThat(json.path("caveat").isNull()).isTrue();
    assertThat(rows(out))
        .filteredOn(r -> "outside_support".equals(r.status()))
        .allMatch(r -> r.reasons().contains("; outside training support: "));
  }

  @Test
  void withoutMarket_noRowIsOutsideSupportAndNoReportIsPrinted() {
    Path out = dir.resolve("plain.parquet");
    Cli.Result result = score(icp, out);
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).doesNotContain("Market:");
    assertThat(rows(out)).extracting(Row::status).doesNotContain("outside_support");
  }

  @Test
  void market_wonVsLostTraining_printsTheCaveat() throws IOException {
    Path model =
        edited("won.json", f -> ((ObjectNode) f.get("support")).put("base", "won_vs_lost"));
    Path report = dir.resolve("won-report.json");
    Cli.Result result = score(model, dir.resolve("won.csv"), "--market-json", report.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("The score ranks the market, but its probabilities assume the market looks like")
        .contains("contacted accounts (won vs lost)");
    assertThat(JSON.readTree(report.toFile()).path("caveat").asText()).contains("ranks the market");
  }

  @Test
  void market_icpJsonWithoutSupport_flagsNothingAndSaysSo() throws IOException {
    Path model = edited("old.json", f -> f.remove("support"));
    Path out = dir.resolve("old.parquet");
    Cli.Result result = score(model, out, "--market");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("records no training support")
        .contains("The score ranks the market");
    assertThat(rows(out)).extracting(Row::status).doesNotContain("outside_support");
  }

  @Test
  void marketJson_thatCannotBeWritten_isRefusedBeforeScoring() {
    Path out = dir.resolve("refused.csv");
    Cli.Result missing =
        score(icp, out, "--market-json", dir.resolve("no/such/folder/r.json").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(Files.exists(out)).isFalse();
    Cli.Result same = score(icp, out, "--market-json", out.toString());
    assertThat(same.exitCode()).isEqualTo(2);
    assertThat(same.err()).contains("is the scored file --out");
    assertThat(Files.exists(out)).isFalse();
  }
}
