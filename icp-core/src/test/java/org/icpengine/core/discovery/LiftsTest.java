package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.icpengine.core.stats.Figure;
import org.junit.jupiter.api.Test;

class LiftsTest {

  @Test
  void of_isSegmentRateOverOverallRate() {
    Figure lift = Lifts.of(40, 100, 60, 900, 0, 0.01);

    assertThat(lift.value()).isCloseTo(0.4 / 0.1, within(1e-12));
    assertThat(lift.pValue()).isEqualTo(0.01);
  }

  @Test
  void of_mapsKatzIntervalOfRiskRatioToLift() {
    Figure lift = Lifts.of(40, 100, 60, 900, 0, 0.01);

    double se = Math.sqrt(1.0 / 40 - 1.0 / 100 + 1.0 / 60 - 1.0 / 900);
    double low = 6 * Math.exp(-1.959963984540054 * se);
    assertThat(lift.low()).isCloseTo(low / (0.1 * low + 0.9), within(1e-9));
    assertThat(lift.low()).isLessThan(lift.value());
    assertThat(lift.high()).isGreaterThan(lift.value()).isLessThan(10);
  }

  @Test
  void of_shrinksTowardOneWithPriorRows() {
    Figure high = Lifts.of(12, 30, 88, 970, 0, 0.5);
    Figure highShrunk = Lifts.of(12, 30, 88, 970, 20, 0.5);
    Figure low = Lifts.of(0, 40, 100, 960, 0, 0.5);
    Figure lowShrunk = Lifts.of(0, 40, 100, 960, 20, 0.5);

    assertThat(highShrunk.value()).isGreaterThan(1).isLessThan(high.value());
    assertThat(lowShrunk.value()).isLessThan(1).isGreaterThan(low.value());
  }

  @Test
  void of_handlesSegmentWithoutPositives() {
    Figure lift = Lifts.of(0, 200, 100, 800, 0, 0.001);

    assertThat(lift.value()).isGreaterThan(0).isLessThan(0.1);
    assertThat(lift.high()).isLessThan(1);
  }

  @Test
  void of_isMissingWhenNoRowIsPositive() {
    assertThat(Lifts.of(0, 10, 0, 10, 0, 1).isPresent()).isFalse();
  }
}
