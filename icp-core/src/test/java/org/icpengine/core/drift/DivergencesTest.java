package org.icpengine.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DivergencesTest {
  @Test
  void psi_matchesHandWorkedTwoBins() {
    // 0.6/0.4 against 0.5/0.5: 0.1·ln(1.2) + (−0.1)·ln(0.8) = 0.018232 + 0.022314 = 0.040546
    assertThat(Divergences.psi(new long[] {50, 50}, new long[] {60, 40}))
        .isCloseTo(0.040546, within(1e-6));
  }

  @Test
  void psi_matchesHandWorkedThreeBins() {
    // (0.2−0.3)·ln(0.2/0.3) + (0.3−0.2)·ln(0.3/0.2) + 0 = 0.040547 + 0.040547 = 0.081093
    assertThat(Divergences.psi(new long[] {30, 20, 50}, new long[] {20, 30, 50}))
        .isCloseTo(0.081093, within(1e-6));
  }

  @Test
  void psi_smoothsABinEmptyOnOneSide() {
    // 0.5 added to every cell: r = (10.5, 0.5)/11, c = (5.5, 5.5)/11
    // (0.5 − 0.954545)·ln(0.5/0.954545) + (0.5 − 0.045455)·ln(0.5/0.045455)
    // = 0.293921 + 1.089952 = 1.383873
    assertThat(Divergences.psi(new long[] {10, 0}, new long[] {5, 5}))
        .isCloseTo(1.383873, within(1e-5));
  }

  @Test
  void psi_ignoresBinsEmptyOnBothSides() {
    assertThat(Divergences.psi(new long[] {0, 50, 50}, new long[] {0, 60, 40}))
        .isCloseTo(Divergences.psi(new long[] {50, 50}, new long[] {60, 40}), within(1e-12));
  }

  @Test
  void jensenShannon_matchesHandWorked() {
    // m = (0.55, 0.45); ½·KL(r‖m) + ½·KL(c‖m) in bits = 0.0072993; √ = 0.085435
    assertThat(Divergences.jensenShannon(new long[] {50, 50}, new long[] {60, 40}))
        .isCloseTo(0.085435, within(1e-6));
    // (0.3, 0.2, 0.5) against (0.2, 0.3, 0.5): 0.120518
    assertThat(Divergences.jensenShannon(new long[] {30, 20, 50}, new long[] {20, 30, 50}))
        .isCloseTo(0.120518, within(1e-6));
  }

  @Test
  void jensenShannon_isOneForDisjointAndZeroForEqualShares() {
    assertThat(Divergences.jensenShannon(new long[] {10, 0}, new long[] {0, 10}))
        .isCloseTo(1, within(1e-12));
    assertThat(Divergences.jensenShannon(new long[] {10, 30}, new long[] {100, 300}))
        .isCloseTo(0, within(1e-12));
  }

  @Test
  void psi_refusesAnEmptySide() {
    assertThatThrownBy(() -> Divergences.psi(new long[] {0, 0}, new long[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both sides need rows");
  }
}
