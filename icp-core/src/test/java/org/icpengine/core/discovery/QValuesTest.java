package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QValuesTest {

  @Test
  void benjaminiHochberg_matchesHandComputedStepUp() {
    double[] p = {0.01, 0.04, 0.03, 0.005, 0.5};

    double[] q = QValues.benjaminiHochberg(p);

    // sorted: 0.005, 0.01, 0.03, 0.04, 0.5 -> 0.025, 0.025, 0.05, 0.05, 0.5
    assertThat(q[3]).isCloseTo(0.025, within(1e-12));
    assertThat(q[0]).isCloseTo(0.025, within(1e-12));
    assertThat(q[2]).isCloseTo(0.05, within(1e-12));
    assertThat(q[1]).isCloseTo(0.05, within(1e-12));
    assertThat(q[4]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void benjaminiHochberg_capsAtOneAndTreatsNaNAsOne() {
    double[] q = QValues.benjaminiHochberg(new double[] {0.9, Double.NaN});

    assertThat(q).containsExactly(1.0, 1.0);
  }

  @Test
  void benjaminiHochberg_acceptsAnEmptyFamily() {
    assertThat(QValues.benjaminiHochberg(new double[0])).isEmpty();
  }
}
