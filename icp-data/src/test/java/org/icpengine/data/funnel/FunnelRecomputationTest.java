package org.icpengine.data.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.engine.EngineAccess;
import org.icpengine.data.fit.ModelFile;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.Sources;
import org.icpengine.data.sources.SourcesFile;
import org.icpengine.model.scoring.ScoreModel;
import org.junit.jupiter.api.Test;

/**
 * The funnel's per-tier win rates, stage conversions and missed counts recomputed in plain Java
 * from the scored opportunities, by the rules of docs/funnel.md, and compared exactly.
 */
class FunnelRecomputationTest {
  private record Opportunity(String tier, String channel, String outcome, String stage) {}

  @Test
  void compute_matchesAPlainJavaRecomputationFromTheScoredOpportunities() {
    LinkedFunnelSample sample = LinkedFunnelSample.get();
    Sources sources = SourcesFile.read(sample.sources());
    List<Path> files = sources.used().stream().map(sources::path).toList();
    ScoreModel model = ModelFile.read(sample.icp());
    try (Engine engine = Engine.open(EngineAccess.reading(files))) {
      LinkedSources linked = new SourceLinker(engine).link(sources).linked();
      OpportunityScores scores = OpportunityScores.build(linked, model);
      List<Opportunity> opportunities =
          engine.query(
              "SELECT tier, channel, outcome, stage FROM " + scores.table(),
              r -> new Opportunity(r.getString(1), r.getString(2), r.getString(3), r.getString(4)));
      FunnelOptions options =
          FunnelOptions.builder()
              .by(List.of(FunnelDimension.TIER, FunnelDimension.CHANNEL))
              .build();
      FunnelReport report = FunnelFigures.compute(linked, scores, options, Optional.empty());

      assertThat(report.opportunities()).isEqualTo(opportunities.size());
      for (FunnelGroup group : report.groups()) {
        List<Opportunity> cell =
            opportunities.stream()
                .filter(o -> group.tier().map(o.tier()::equals).orElse(true))
                .filter(o -> group.channel().map(o.channel()::equals).orElse(true))
                .toList();
        assertCell(group, cell, report.stageOrder());
      }
      assertThat(report.groups(FunnelDimension.TIER)).hasSize(countDistinct(opportunities));
      long wonLow =
          opportunities.stream()
              .filter(
                  o -> o.outcome().equals("won") && (o.tier().equals("C") || o.tier().equals("D")))
              .count();
      long lostA =
          opportunities.stream()
              .filter(o -> o.outcome().equals("lost") && o.tier().equals("A"))
              .count();
      assertThat(report.missedTotals())
          .containsEntry(MissedDeal.WON_LOW_TIER, wonLow)
          .containsEntry(MissedDeal.LOST_TIER_A, lostA);
      assertThat(report.missed())
          .allSatisfy(
              m ->
                  assertThat(
                          m.kind().equals(MissedDeal.WON_LOW_TIER)
                              ? List.of("C", "D").contains(m.tier())
                              : m.tier().equals("A"))
                      .isTrue());
    }
  }

  private static void assertCell(FunnelGroup group, List<Opportunity> cell, List<String> order) {
    long won = cell.stream().filter(o -> o.outcome().equals("won")).count();
    long lost = cell.stream().filter(o -> o.outcome().equals("lost")).count();
    assertThat(group.opportunities()).as(group.toString()).isEqualTo(cell.size());
    assertThat(group.won()).isEqualTo(won);
    assertThat(group.closed()).isEqualTo(won + lost);
    if (won + lost > 0) {
      assertThat(group.winRate().value()).isEqualTo((double) won / (won + lost));
    }
    int k = order.size();
    long[] reached = new long[k];
    long[] pairs = new long[k];
    for (Opportunity o : cell) {
      boolean[] r = reached(o, order);
      for (int j = 0; j < k; j++) {
        reached[j] += r[j] ? 1 : 0;
        pairs[j] += j > 0 && r[j] && r[j - 1] ? 1 : 0;
      }
    }
    for (int j = 0; j < k; j++) {
      StageStep step = group.stages().get(j);
      assertThat(step.stage()).isEqualTo(order.get(j));
      assertThat(step.reached()).isEqualTo(reached[j]);
      if (j > 0 && reached[j - 1] > 0) {
        assertThat(step.conversion().value()).isEqualTo((double) pairs[j] / reached[j - 1]);
      }
      if (reached[0] > 0) {
        assertThat(step.cumulative().value()).isEqualTo((double) reached[j] / reached[0]);
      }
    }
  }

  /** The documented rule: won reached every stage, lost every open one, open up to its own. */
  private static boolean[] reached(Opportunity o, List<String> order) {
    int k = order.size();
    boolean[] r = new boolean[k];
    int last =
        switch (o.outcome()) {
          case "won" -> k - 1;
          case "lost" -> k - 2;
          default -> Math.max(0, position(o.stage(), order));
        };
    for (int j = 0; j <= last; j++) {
      r[j] = true;
    }
    return r;
  }

  private static int position(String stage, List<String> order) {
    for (int j = 0; j < order.size() - 1; j++) {
      if (StageOrder.key(order.get(j)).equals(stage == null ? "" : StageOrder.key(stage))) {
        return j;
      }
    }
    return 0;
  }

  private static int countDistinct(List<Opportunity> opportunities) {
    Map<String, Boolean> tiers = new HashMap<>();
    opportunities.forEach(o -> tiers.put(o.tier(), true));
    return new ArrayList<>(tiers.keySet()).size();
  }
}
