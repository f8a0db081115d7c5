package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PValuesTest {

  @Test
  void clamp_pullsRoundingOvershootBackIntoTheUnitInterval() {
    assertThat(PValues.clamp(1 + 1e-12)).isEqualTo(1.0);
    assertThat(PValues.clamp(-1e-15)).isEqualTo(0.0);
    assertThat(PValues.clamp(0.25)).isEqualTo(0.25);
  }

  @Test
  void clamp_leavesNaNAsItIs() {
    assertThat(PValues.clamp(Double.NaN)).isNaN();
  }

  @Test
  void withoutSpread_isOneForEstimatesEqualUpToRoundingAndZeroOtherwise() {
    assertThat(PValues.withoutSpread(0.3, 0.1 + 0.2)).isEqualTo(1.0);
    assertThat(PValues.withoutSpread(2.0, 2.5)).isEqualTo(0.0);
    assertThat(PValues.withoutSpread(0.0, 0.0)).isEqualTo(1.0);
  }
}
