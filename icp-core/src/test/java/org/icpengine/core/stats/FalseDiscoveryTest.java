package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FalseDiscoveryTest {
  @Test
  void benjaminiHochberg_matchesHandWorked() {
    // sorted 0.005, 0.01, 0.03, 0.04 (m = 4): p·m/rank = 0.02, 0.02, 0.04, 0.04, already monotone
    double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005});
    assertThat(q[0]).isCloseTo(0.02, within(1e-12));
    assertThat(q[1]).isCloseTo(0.04, within(1e-12));
    assertThat(q[2]).isCloseTo(0.04, within(1e-12));
    assertThat(q[3]).isCloseTo(0.02, within(1e-12));
  }

  @Test
  void benjaminiHochberg_takesTheRunningMinimumFromTheTop() {
    // a NaN counts as 1; sorted 0.01, 0.02, 0.5, 1 (m = 4): p·m/rank = 0.04, 0.04, 0.6667, 1
    double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.5, 0.02, 0.01, Double.NaN});
    assertThat(q).containsExactly(new double[] {0.6667, 0.04, 0.04, 1}, within(1e-4));
  }

  @Test
  void benjaminiHochberg_acceptsPValuesAtTheEndsOfTheUnitInterval() {
    double[] q = FalseDiscovery.benjaminiHochberg(new double[] {0.0, 1.0});

    assertThat(q).containsExactly(0.0, 1.0);
    assertThatThrownBy(() -> FalseDiscovery.benjaminiHochberg(new double[] {0.5, 1.01}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.01");
  }
}
