package org.icpengine.data.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.core.stats.Figure;
import org.junit.jupiter.api.Test;

class ScenarioMixTest {
  @Test
  void shifted_takesTheShareOffCAndDOnlyAndAddsTheMovedWins() {
    Map<String, Double> wins = new LinkedHashMap<>();
    wins.put("A", 10.0);
    wins.put("B", 20.0);
    wins.put("C", 30.0);
    wins.put("D", 40.0);
    Map<String, Double> after = ScenarioMix.shifted(wins, 0.25, 12.5);
    assertThat(after)
        .containsEntry("A", 10.0)
        .containsEntry("B", 20.0)
        .containsEntry("C", 22.5)
        .containsEntry("D", 30.0)
        .containsEntry(ScenarioMix.MOVED, 12.5);
  }

  @Test
  void blend_isTheWinWeightedMeanOfValuesAndOfBounds() {
    // by hand: (10·120 + 30·90) / 40 = 97.5; lows (10·110 + 30·80) / 40 = 87.5; highs 107.5
    Map<String, Double> wins = Map.of("A", 10.0, "D", 30.0, "B", 0.0);
    Map<String, Figure> nrr =
        Map.of(
            "A", new Figure(120, 110, 130, Double.NaN),
            "D", new Figure(90, 80, 100, Double.NaN),
            "B", new Figure(500, 400, 600, Double.NaN));
    Figure blended = ScenarioMix.blend(wins, nrr);
    assertThat(blended.value()).isCloseTo(97.5, within(1e-12));
    assertThat(blended.low()).isCloseTo(87.5, within(1e-12));
    assertThat(blended.high()).isCloseTo(107.5, within(1e-12));
  }

  @Test
  void blend_leavesOutTiersWithoutAValueAndIsMissingWithNone() {
    Map<String, Double> wins = Map.of("A", 10.0, "C", 30.0);
    Figure blended =
        ScenarioMix.blend(wins, Map.of("A", new Figure(100, Double.NaN, Double.NaN, Double.NaN)));
    assertThat(blended.value()).isEqualTo(100);
    assertThat(blended.low()).isNaN();
    assertThat(ScenarioMix.blend(wins, Map.of()).isPresent()).isFalse();
  }

  @Test
  void share_matchesTheRatioEstimatorComputedRecordByRecord() {
    double[] amounts = {100, 250, 40, 900, 300, 75};
    boolean[] top = {true, false, true, true, false, false};
    double part = 0;
    double whole = 0;
    double partSq = 0;
    double wholeSq = 0;
    for (int i = 0; i < amounts.length; i++) {
      whole += amounts[i];
      wholeSq += amounts[i] * amounts[i];
      if (top[i]) {
        part += amounts[i];
        partSq += amounts[i] * amounts[i];
      }
    }
    Figure share = Rates.share(part, whole, partSq, wholeSq, amounts.length);
    double r = part / whole;
    double residuals = 0;
    for (int i = 0; i < amounts.length; i++) {
      double x = top[i] ? amounts[i] : 0;
      residuals += (x - r * amounts[i]) * (x - r * amounts[i]);
    }
    double se = Math.sqrt(residuals * 6 / 5.0) / whole;
    assertThat(share.value()).isCloseTo(1040.0 / 1665, within(1e-12));
    assertThat(share.low()).isCloseTo(Math.max(0, r - 1.959963984540054 * se), within(1e-12));
    assertThat(share.high()).isCloseTo(Math.min(1, r + 1.959963984540054 * se), within(1e-12));
  }
}
