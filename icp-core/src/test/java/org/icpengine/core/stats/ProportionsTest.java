package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

class ProportionsTest {

  @Test
  void wilson_matchesPublishedInterval() {
    Interval ci = Proportions.wilson(10, 100);

    assertThat(ci.low()).isCloseTo(0.0552, within(1e-4));
    assertThat(ci.high()).isCloseTo(0.1744, within(1e-4));
  }

  @Test
  void wilson_staysInsideUnitIntervalAtZeroSuccesses() {
    Interval ci = Proportions.wilson(0, 10);

    assertThat(ci.low()).isZero();
    double zz = 1.959963984540054 * 1.959963984540054;
    assertThat(ci.high()).isCloseTo(zz / (10 + zz), within(1e-12));
  }

  @Test
  void wilson_isSymmetricForAllSuccesses() {
    Interval none = Proportions.wilson(0, 25);
    Interval all = Proportions.wilson(25, 25);

    assertThat(all.high()).isEqualTo(1.0);
    assertThat(all.low()).isCloseTo(1 - none.high(), within(1e-12));
  }

  @Test
  void wilson_isMissingWithoutTrials() {
    assertThat(Proportions.wilson(0, 0)).isEqualTo(Interval.missing());
  }

  @Test
  void wilson_rejectsMoreSuccessesThanTrials() {
    assertThatThrownBy(() -> Proportions.wilson(11, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes must be <= trials")
        .hasMessageContaining("11 of 10");
  }

  @Test
  void compare_usesChiSquareWithoutCorrectionForLargeCounts() {
    double p = Proportions.compare(30, 100, 50, 100);

    // Pearson's chi-square on a 2x2 table equals the square of the pooled two-proportion z.
    double pooled = 80.0 / 200;
    double z = (0.3 - 0.5) / Math.sqrt(pooled * (1 - pooled) * (1.0 / 100 + 1.0 / 100));
    double expected = 2 * NormalDistribution.of(0, 1).cumulativeProbability(-Math.abs(z));
    assertThat(p).isCloseTo(expected, within(1e-12));
    assertThat(p).isCloseTo(0.003892, within(1e-6));
  }

  @Test
  void compare_usesFisherWhenAnExpectedCountIsBelowFive() {
    // Table [[3, 1], [1, 3]]: hypergeometric weights 1, 16, 36, 16, 1 out of 70; two-sided p sums
    // the tables no more likely than the observed one. Chi-square would give 0.157 instead.
    double p = Proportions.compare(3, 4, 1, 4);

    assertThat(p).isCloseTo(34.0 / 70, within(1e-12));
  }

  @Test
  void compare_usesChiSquareOnceEveryExpectedCountReachesFive() {
    // 10 successes and 10 failures over two groups of 10: every expected count is exactly 5.
    double atFive = Proportions.compare(7, 10, 3, 10);
    double chiSquare = 2 * NormalDistribution.of(0, 1).cumulativeProbability(-Math.sqrt(3.2));

    assertThat(atFive).isCloseTo(chiSquare, within(1e-12));
  }

  @Test
  void compare_isOneWhenAllTrialsSucceedOrAllFail() {
    assertThat(Proportions.compare(0, 40, 0, 60)).isEqualTo(1.0);
    assertThat(Proportions.compare(40, 40, 60, 60)).isEqualTo(1.0);
  }

  @Test
  void compare_isNaNWhenAGroupHasNoTrials() {
    assertThat(Proportions.compare(3, 10, 0, 0)).isNaN();
    assertThat(Proportions.compare(0, 0, 3, 10)).isNaN();
  }

  @Test
  void compare_rejectsNegativeCounts() {
    assertThatThrownBy(() -> Proportions.compare(-1, 10, 3, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void compare_checksTheCountsOfBothGroupsItself() {
    // Our own message, not the one the test library would give for an impossible table.
    assertThatThrownBy(() -> Proportions.compare(11, 10, 3, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes must be <= trials, was 11 of 10");
    assertThatThrownBy(() -> Proportions.compare(3, 10, 11, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes must be <= trials, was 11 of 10");
    assertThatThrownBy(() -> Proportions.compare(3, 10, -1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts must be >= 0, was -1 of 10");
  }

  @Test
  void compare_usesFisherJustBelowAnExpectedCountOfFive() {
    // 9 successes over two groups of 10: the smallest expected count is 4.5, so Fisher's test.
    // Weights C(10,k)·C(10,9−k); the observed table [[7,3],[2,8]] and the ones no more likely.
    double p = Proportions.compare(7, 10, 2, 10);
    double observed = weight(7);
    double total = 0;
    double asExtreme = 0;
    for (int k = 0; k <= 9; k++) {
      total += weight(k);
      if (weight(k) <= observed * (1 + 1e-7)) {
        asExtreme += weight(k);
      }
    }

    assertThat(p).isCloseTo(asExtreme / total, within(1e-12));
  }

  private static double weight(int k) {
    return binomial(10, k) * binomial(10, 9 - k);
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
  }
}
