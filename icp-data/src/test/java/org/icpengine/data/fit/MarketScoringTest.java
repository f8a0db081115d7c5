package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.Fixtures;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.EngineScores.Scored;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.model.document.ScoreModelJson;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;
import org.icpengine.model.scoring.TrainingSupport;
import org.icpengine.sample.SampleCompany;
import org.icpengine.sample.SampleFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scoring a market: the model records its training support, both scorers flag the same accounts
 * outside it, and the expected ideal accounts per tier are the sums of the calibrated
 * probabilities.
 */
class MarketScoringTest {
  private static final String NEVER_SEEN = "Deep Sea Mining";

  @TempDir static Path dir;
  private static ScoreModel model;
  private static Path market;
  private static String category;
  private static String number;

  @BeforeAll
  static void trainAndWriteAMarket() throws IOException {
    SampleFiles files = SampleCompany.builder().seed(7).deals(0).prospects(0).build().write(dir);
    try (Engine engine = Fixtures.engine()) {
      Dataset dataset = Fixtures.open(engine, files.customers());
      IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
      TraitColumns.Choice choice = TraitColumns.choose(dataset, ideal, Set.of(), Set.of());
      model = FitTraining.train(dataset, choice.used(), List.of(), FitOptions.defaults()).model();
    }
    category = first(FitAttribute.Kind.CATEGORY);
    number = first(FitAttribute.Kind.NUMBER);
    List<Map<String, String>> rows = EngineScores.raw(files.customers()).subList(0, 600);
    List<String> lines = new ArrayList<>();
    lines.add(csv(List.copyOf(rows.get(0).keySet())));
    for (int i = 0; i < rows.size(); i++) {
      Map<String, String> row = new LinkedHashMap<>(rows.get(i));
      if (i % 10 == 3) {
        row.put(category, NEVER_SEEN);
      }
      if (i % 15 == 4) {
        row.put(number, "999999999");
      }
      lines.add(csv(new ArrayList<>(row.values())));
    }
    market = Fixtures.lines(dir, "market.csv", lines);
  }

  private static String first(FitAttribute.Kind kind) {
    return model.fit().attributes().stream()
        .map(PointsTable.Scored::attribute)
        .filter(a -> a.kind() == kind)
        .findFirst()
        .orElseThrow()
        .column();
  }

  private static String csv(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String cell : cells) {
      quoted.add(cell == null ? "" : "\"" + cell.replace("\"", "\"\"") + "\"");
    }
    return String.join(",", quoted);
  }

  @Test
  void training_recordsTheSupportAndIcpJsonKeepsIt() {
    TrainingSupport support = model.support().orElseThrow();
    assertThat(support.rows()).isPositive();
    assertThat(support.of(category).orElseThrow().keys().orElseThrow()).isNotEmpty();
    TrainingSupport.Range range = support.of(number).orElseThrow().range().orElseThrow();
    assertThat(range.max()).isLessThan(999999999);
    assertThat(ScoreModelJson.read(ScoreModelJson.of(model)).support()).contains(support);
  }

  @Test
  void anOutsideValueIsFlaggedAlikeByBothScorers() {
    List<Scored> scored = EngineScores.assertSameScores(model, market, Map.of(), dir, true);
    assertThat(scored)
        .filteredOn(s -> "outside_support".equals(s.status()))
        .isNotEmpty()
        .allMatch(s -> s.score() != null && s.tier() != null)
        .allMatch(s -> s.reasons().contains("; outside training support: "))
        .anyMatch(s -> s.reasons().endsWith(category) || s.reasons().contains(category + ","))
        .anyMatch(s -> s.reasons().contains(number));
    assertThat(scored)
        .filteredOn(s -> "scored".equals(s.status()))
        .noneMatch(s -> s.reasons().contains("outside training support"));
  }

  @Test
  void withoutMarket_noRowIsFlagged() {
    List<Scored> scored = EngineScores.batch(model, market, Map.of(), dir, false);
    assertThat(scored).extracting(Scored::status).doesNotContain("outside_support");
  }

  @Test
  void expectedIdealPerTier_isTheSumOfTheCalibratedProbabilities() {
    Path output = dir.resolve("market-scored.csv");
    BatchScorer.Summary summary;
    try (Engine engine = Fixtures.engine()) {
      summary =
          new BatchScorer(engine, true)
              .score(
                  market,
                  ReadOptions.defaults(),
                  model,
                  new BatchScorer.Output(output, OutputFormat.CSV, true),
                  DatasetOptions.Progress.none());
    }
    MarketSummary summaryOfMarket = summary.market().orElseThrow();
    Map<String, double[]> expected = new HashMap<>();
    PointsTable fit = model.fit();
    for (Map<String, String> row : EngineScores.raw(output)) {
      String tier = row.get("icp_tier");
      if (tier == null || tier.isEmpty()) {
        continue;
      }
      double[] cell = expected.computeIfAbsent(tier, t -> new double[2]);
      cell[0]++;
      String score = row.get("icp_score");
      if (score != null && !score.isEmpty()) {
        double logit = fit.referenceLogit() + (Integer.parseInt(score) - 50) / fit.factor();
        cell[1] += 1 / (1 + Math.exp(-logit));
      }
    }
    assertThat(summaryOfMarket.tiers())
        .extracting(MarketSummary.Tier::tier)
        .containsExactly("A", "B", "C", "D");
    for (MarketSummary.Tier tier : summaryOfMarket.tiers()) {
      double[] want = expected.getOrDefault(tier.tier(), new double[2]);
      assertThat(tier.accounts()).as(tier.tier()).isEqualTo((long) want[0]);
      assertThat(tier.expectedIdeal()).as(tier.tier()).isCloseTo(want[1], within(1e-6));
    }
    assertThat(summaryOfMarket.expectedIdeal()).isPositive();
    assertThat(summaryOfMarket.outsideSupport()).isPositive();
    assertThat(summaryOfMarket.support()).isEqualTo(model.support());
  }

  @Test
  void aFileWithUnreadableRows_isFlaggedAndCountedAlikeOnTheLoadedPath() throws IOException {
    List<String> lines = new ArrayList<>(java.nio.file.Files.readAllLines(market));
    lines.add(5, lines.get(5) + ",one field too many");
    Path ragged = Fixtures.lines(dir, "market-ragged.csv", lines);
    List<Scored> streamed = EngineScores.batch(model, market, Map.of(), dir, true);
    List<Scored> loaded = EngineScores.batch(model, ragged, Map.of(), dir, true);
    assertThat(loaded).hasSize(streamed.size() + 1);
    List<Scored> kept = new ArrayList<>(loaded);
    kept.remove(4);
    assertThat(kept)
        .extracting(Scored::status, Scored::reasons)
        .containsExactlyElementsOf(
            streamed.stream()
                .map(s -> org.assertj.core.groups.Tuple.tuple(s.status(), s.reasons()))
                .toList());
  }

  @Test
  void caveat_whenTrainedOnWonVsLostOrUnknown() {
    TrainingSupport support = model.support().orElseThrow();
    List<MarketSummary.Tier> tiers = List.of(new MarketSummary.Tier("A", 10, 4.5));
    TrainingSupport won =
        new TrainingSupport(support.rows(), TrainingSupport.Base.WON_VS_LOST, support.columns());
    assertThat(new MarketSummary(tiers, 0, 0, Optional.of(won)).caveat())
        .hasValueSatisfying(
            c ->
                assertThat(c)
                    .contains("ranks the market")
                    .contains(String.format(java.util.Locale.ROOT, "%,d", support.rows())));
    assertThat(new MarketSummary(tiers, 0, 0, Optional.of(support)).caveat()).isEmpty();
    assertThat(new MarketSummary(tiers, 0, 0, Optional.empty()).caveat())
        .hasValueSatisfying(c -> assertThat(c).contains("does not record"));
    assertThat(tiers.get(0).expectedRate()).isEqualTo(0.45);
  }
}
