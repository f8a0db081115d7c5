package org.icpengine.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DriftCheckTest {
  private static final double[] MIX = {0.05, 0.5, 0.45};

  private static List<BinnedAttribute> attributes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return List.of(PopulationDriftTest.binned("industry", MIX, MIX, 3000, 2000, random));
  }

  @Test
  void of_raisesNoAlarmForTheSameProcess() {
    ScoredSample reference = Samples.draw(3000, 50, p -> p, true, 1);
    ScoredSample current = Samples.draw(2000, 50, p -> p, true, 2);
    DriftCheck check = DriftCheck.of(attributes(1), reference, current, 1);
    assertThat(check.alarm()).isFalse();
    assertThat(check.score().change().low()).isLessThan(0);
    assertThat(check.score().change().high()).isGreaterThan(0);
    assertThat(check.performance().current().observed()).isTrue();
    assertThat(check.performance().aucChange().pValue()).isGreaterThan(0.01);
  }

  @Test
  void of_flagsAScoreThatMovedUpAndSaysTheIdealShareRose() {
    ScoredSample reference = Samples.draw(3000, 50, p -> p, true, 1);
    ScoredSample current = Samples.draw(2000, 60, p -> p, true, 2);
    DriftCheck check = DriftCheck.of(attributes(1), reference, current, 1);
    assertThat(check.alarm()).isTrue();
    assertThat(check.population().alarm()).isFalse();
    assertThat(check.score().tiers().alarm()).isTrue();
    assertThat(check.score().change().low()).isGreaterThan(0);
  }

  @Test
  void of_seesADecayedScoreInItsAuc() {
    ScoredSample reference = Samples.draw(3000, 50, p -> p, true, 1);
    ScoredSample current = Samples.draw(3000, 50, p -> 0.3, true, 2);
    PerformanceDrift performance =
        DriftCheck.of(attributes(1), reference, current, 1).performance();
    assertThat(performance.aucChange().high()).isLessThan(0);
    assertThat(performance.current().auc().high()).isLessThan(0.6);
  }

  @Test
  void of_estimatesTierRatesWithoutOutcomes() {
    ScoredSample reference = Samples.draw(3000, 50, p -> p, true, 1);
    ScoredSample current = Samples.draw(2000, 50, p -> p, false, 2);
    Performance performance =
        DriftCheck.of(attributes(1), reference, current, 1).performance().current();
    assertThat(performance.observed()).isFalse();
    assertThat(performance.auc().isPresent()).isFalse();
    Performance.TierRate a = performance.tiers().get(0);
    assertThat(a.tier()).isEqualTo('A');
    assertThat(a.observed().isPresent()).isFalse();
    assertThat(a.expected().value()).isGreaterThan(performance.tiers().get(3).expected().value());
  }

  @Test
  void scoreDeciles_cutAtEachTenthOfTheReference() {
    int[] scores = java.util.stream.IntStream.rangeClosed(1, 100).toArray();
    ScoreDeciles deciles = ScoreDeciles.of(scores);
    assertThat(deciles.cuts()).containsExactly(10, 20, 30, 40, 50, 60, 70, 80, 90);
    assertThat(deciles.counts(scores)).containsOnly(10);
    assertThat(deciles.labels().get(0)).isEqualTo("0–10");
    assertThat(deciles.labels().get(9)).isEqualTo("91–100");
  }

  @Test
  void scoreDeciles_mergeTiedCuts() {
    ScoreDeciles deciles = ScoreDeciles.of(new int[] {40, 40, 40, 40, 40, 40, 40, 40, 60, 70});
    assertThat(deciles.cuts()).containsExactly(40, 60);
    assertThat(deciles.counts(new int[] {10, 41, 99, ScoredSample.UNSCORED}))
        .containsExactly(1, 1, 1);
  }
}
