package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.FisherExactTest;
import org.icpengine.core.stats.Proportions;
import org.junit.jupiter.api.Test;

class FisherTestsTest {

  @Test
  void oneSided_isExactOnModerateTables() {
    double p = FisherTests.oneSided(30, 100, 100, 900, true);

    double exact =
        FisherExactTest.withDefaults()
            .with(AlternativeHypothesis.GREATER_THAN)
            .test(new int[][] {{30, 70}, {100, 800}})
            .getPValue();
    assertThat(p).isEqualTo(exact);
    assertThat(FisherTests.oneSided(30, 100, 100, 900, false)).isGreaterThan(0.99);
  }

  @Test
  void oneSided_approximatesExactTestOnLargeTables() {
    long n1 = 2_000;
    long x1 = 236;
    long n2 = 198_000;
    long x2 = 19_800;

    double p = FisherTests.oneSided(x1, n1, x2, n2, true);

    double exact =
        FisherExactTest.withDefaults()
            .with(AlternativeHypothesis.GREATER_THAN)
            .test(new int[][] {{236, 1_764}, {19_800, 178_200}})
            .getPValue();
    assertThat(exact).isBetween(0.001, 0.05);
    assertThat(p).isCloseTo(exact, within(0.25 * exact));
  }

  @Test
  void twoSided_matchesChiSquareOfProportionsOnLargeTables() {
    double p = FisherTests.twoSided(236, 2_000, 19_800, 198_000);

    assertThat(p).isCloseTo(Proportions.compare(236, 2_000, 19_800, 198_000), within(1e-12));
  }

  @Test
  void oneSided_isOneWhenAGroupIsEmpty() {
    assertThat(FisherTests.oneSided(5, 10, 0, 0, true)).isEqualTo(1);
    assertThat(FisherTests.twoSided(0, 0, 5, 10)).isEqualTo(1);
  }
}
