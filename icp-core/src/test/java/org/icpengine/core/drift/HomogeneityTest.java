package org.icpengine.core.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class HomogeneityTest {
  @Test
  void test_matchesHandWorkedChiSquareOnTwoBins() {
    // expected 55, 45 on each side: χ² = 2·(25/55 + 25/45) = 2.020202, df 1, p = erfc(√(χ²/2))
    Homogeneity.Result result = Homogeneity.test(new long[] {50, 50}, new long[] {60, 40}, 1);
    assertThat(result.method()).isEqualTo(Homogeneity.Method.CHI_SQUARE);
    assertThat(result.statistic()).isCloseTo(2.020202, within(1e-6));
    assertThat(result.degreesOfFreedom()).isEqualTo(1);
    assertThat(result.pValue()).isCloseTo(0.155218, within(1e-6));
  }

  @Test
  void test_matchesHandWorkedChiSquareOnThreeBins() {
    // expected 25, 25, 50 on each side: χ² = 4·(25/25) = 4, df 2, p = e^(−2) = 0.135335
    Homogeneity.Result result =
        Homogeneity.test(new long[] {30, 20, 50}, new long[] {20, 30, 50}, 1);
    assertThat(result.statistic()).isCloseTo(4, within(1e-9));
    assertThat(result.pValue()).isCloseTo(0.135335, within(1e-6));
  }

  @Test
  void test_usesAPermutationNullForSmallExpectedCounts() {
    // 3 of 6 rows dealt to each side: 2 of the 20 deals are as extreme, p = 0.1 (Fisher's)
    Homogeneity.Result result = Homogeneity.test(new long[] {3, 0}, new long[] {0, 3}, 7);
    assertThat(result.method()).isEqualTo(Homogeneity.Method.PERMUTATION);
    assertThat(result.pValue()).isCloseTo(0.1, within(0.02));
  }

  @Test
  void test_keepsTheChiSquareLawForLargeSamplesWithARareBin() {
    Homogeneity.Result result =
        Homogeneity.test(new long[] {2, 60_000, 40_000}, new long[] {1, 30_000, 30_000}, 1);
    assertThat(result.method()).isEqualTo(Homogeneity.Method.CHI_SQUARE);
    assertThat(result.pValue()).isLessThan(1e-6);
  }

  @Test
  void test_isReproducibleForASeed() {
    long[] r = {40, 3, 1};
    long[] c = {10, 0, 2};
    assertThat(Homogeneity.test(r, c, 5)).isEqualTo(Homogeneity.test(r, c, 5));
  }

  @Test
  void test_givesOneWhenOnlyOneBinHoldsRows() {
    Homogeneity.Result result = Homogeneity.test(new long[] {0, 9}, new long[] {0, 4}, 1);
    assertThat(result.method()).isEqualTo(Homogeneity.Method.NONE);
    assertThat(result.pValue()).isEqualTo(1);
  }

  @Test
  void test_sameShiftIsSignificantOnlyWithEnoughRows() {
    assertThat(Homogeneity.test(new long[] {50, 50}, new long[] {60, 40}, 1).pValue())
        .isGreaterThan(0.05);
    assertThat(Homogeneity.test(new long[] {500, 500}, new long[] {600, 400}, 1).pValue())
        .isLessThan(0.001);
  }
}
