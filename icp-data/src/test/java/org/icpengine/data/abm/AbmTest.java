package org.icpengine.data.abm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.BatchScorer;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.fit.OutputFormat;
import org.icpengine.data.funnel.Funnel;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelGroup;
import org.icpengine.data.funnel.FunnelOptions;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.LinkedFunnelSampleAccess;
import org.icpengine.data.funnel.TierEconomics;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ABM ranking checked against an independent computation: the same prospects scored by {@code
 * icp score}'s {@link BatchScorer}, then sorted in plain Java by the documented rule.
 */
class AbmTest {
  private static final List<String> TIERS = List.of("A", "B", "C", "D");

  @TempDir Path dir;

  private static FunnelReport byTier;

  private record Scored(long row, String tier, double score, double engagement) {}

  private static synchronized FunnelReport funnel(ScoreModel model) {
    if (byTier == null) {
      byTier = Funnel.run(LinkedFunnelSampleAccess.sources(), model, FunnelOptions.defaults());
    }
    return byTier;
  }

  @Test
  void rank_ordersTheProspectsAsTheRuleSaysComputedIndependently() throws IOException {
    Path prospects = LinkedFunnelSampleAccess.accountsFile();
    ScoreModel model = ModelFile.read(LinkedFunnelSampleAccess.icp());
    FunnelReport funnel = funnel(model);
    Path out = dir.resolve("abm.csv");
    AbmList list =
        Abm.rank(prospects, model, funnel, new AbmOptions(60, OutputFormat.CSV, Optional.of(out)));

    List<Scored> expected = independentRanking(prospects, model, cacByTier(funnel));
    assertThat(list.ranked()).isEqualTo(expected.size());
    assertThat(list.targets())
        .extracting(AbmTarget::row)
        .containsExactlyElementsOf(expected.stream().limit(60).map(Scored::row).toList());
    assertThat(list.targets())
        .extracting(AbmTarget::rank)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 60).boxed().toList());
    assertThat(list.targets().get(0).tier()).isEqualTo("A");
    assertThat(list.targets().get(0).winRate().value())
        .isEqualTo(
            tier(funnel, "A").winRate().value(), org.assertj.core.api.Assertions.within(1e-6));
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(61);
    assertThat(lines.get(0)).startsWith("abm_rank,abm_expected_win_rate,abm_expected_cac,Id,");
    assertThat(lines.get(1)).startsWith("1,");
  }

  @Test
  void rank_writesTheCrmLayoutsColumnNames() throws IOException {
    ScoreModel model = ModelFile.read(LinkedFunnelSampleAccess.icp());
    FunnelReport funnel = funnel(model);
    Path out = dir.resolve("abm-sf.csv");
    Abm.rank(
        LinkedFunnelSampleAccess.accountsFile(),
        model,
        funnel,
        new AbmOptions(5, OutputFormat.SALESFORCE, Optional.of(out)));
    String header = Files.readAllLines(out).get(0);
    assertThat(header).startsWith("ABM_Rank__c,ABM_Expected_Win_Rate__c,ABM_Expected_CAC__c,");
    assertThat(header).contains("ICP_Fit_Score__c", "ICP_Tier__c");
  }

  @Test
  void rank_refusesAFunnelWithoutACutByTier() {
    ScoreModel model = ModelFile.read(LinkedFunnelSampleAccess.icp());
    FunnelReport funnel =
        Funnel.run(
            LinkedFunnelSampleAccess.sources(),
            model,
            FunnelOptions.builder().by(List.of(FunnelDimension.CHANNEL)).build());
    assertThatThrownBy(
            () ->
                Abm.rank(
                    LinkedFunnelSampleAccess.accountsFile(),
                    model,
                    funnel,
                    new AbmOptions(5, OutputFormat.CSV, Optional.empty())))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("--by tier");
  }

  @Test
  void options_refuseParquetAndAnEmptyList() {
    assertThatThrownBy(() -> new AbmOptions(0, OutputFormat.CSV, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AbmOptions(5, OutputFormat.PARQUET, Optional.empty()))
        .hasMessageContaining("csv, hubspot or salesforce");
  }

  private List<Scored> independentRanking(Path prospects, ScoreModel model, Map<String, Double> cac)
      throws IOException {
    Path scored = dir.resolve("scored.csv");
    try (Engine engine = Engine.open(EngineAccess.reading(prospects))) {
      new BatchScorer(engine)
          .score(
              prospects,
              ReadOptions.defaults(),
              model,
              new BatchScorer.Output(scored, OutputFormat.CSV, false),
              DatasetOptions.Progress.none());
    }
    List<Scored> rows;
    try (Engine engine = Engine.open(EngineAccess.reading(scored))) {
      String engagement = model.engagement().isPresent() ? "icp_engagement_score" : "NULL";
      rows =
          engine.query(
              "SELECT row_number() OVER () - 1 AS r, icp_tier, icp_score, "
                  + engagement
                  + ", icp_status FROM read_csv("
                  + Engine.literal(engine.readable(scored).toString())
                  + ", header = true, all_varchar = true)",
              r ->
                  "scored".equals(r.getString(5))
                      ? new Scored(
                          r.getLong(1) + 1,
                          r.getString(2),
                          Double.parseDouble(r.getString(3)),
                          r.getString(4) == null ? Double.NaN : Double.parseDouble(r.getString(4)))
                      : null);
    }
    Comparator<Scored> rule =
        Comparator.<Scored>comparingInt(s -> TIERS.indexOf(s.tier()))
            .thenComparingDouble(s -> cac.getOrDefault(s.tier(), Double.POSITIVE_INFINITY))
            .thenComparingDouble(
                s -> Double.isNaN(s.engagement()) ? Double.POSITIVE_INFINITY : -s.engagement())
            .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
            .thenComparingLong(Scored::row);
    return rows.stream().filter(java.util.Objects::nonNull).sorted(rule).toList();
  }

  private static Map<String, Double> cacByTier(FunnelReport funnel) {
    Map<String, Double> cac = new HashMap<>();
    for (String t : TIERS) {
      Figure f = tier(funnel, t).economics().map(TierEconomics::cac).orElse(Figure.missing());
      if (f.isPresent()) {
        cac.put(t, f.value());
      }
    }
    return cac;
  }

  private static FunnelGroup tier(FunnelReport funnel, String tier) {
    return funnel.groups(FunnelDimension.TIER).stream()
        .filter(g -> g.tier().orElseThrow().equals(tier))
        .findFirst()
        .orElseThrow();
  }
}
