package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.inference.TTest;
import org.junit.jupiter.api.Test;

class MeansTest {
  private static final double[] SMALL = {1, 2, 3, 4, 5};
  private static final double[] LARGE = {2, 4, 6, 8, 10, 12};

  @Test
  void confidence_matchesStudentTInterval() {
    Interval ci = Means.confidence(Moments.of(SMALL));

    // mean 3, variance 2.5, se sqrt(0.5); t(0.975, 4 df) = 2.776445
    double halfWidth = 2.776445105197794 * Math.sqrt(0.5);
    assertThat(ci.low()).isCloseTo(3 - halfWidth, within(1e-9));
    assertThat(ci.high()).isCloseTo(3 + halfWidth, within(1e-9));
    assertThat(ci.low()).isCloseTo(1.0368, within(1e-4));
  }

  @Test
  void confidence_isMissingBelowTwoValues() {
    assertThat(Means.confidence(Moments.of(7))).isEqualTo(Interval.missing());
    assertThat(Means.confidence(Moments.empty())).isEqualTo(Interval.missing());
  }

  @Test
  void confidence_collapsesToTheMeanWithoutSpread() {
    Interval ci = Means.confidence(Moments.of(4, 4, 4));

    assertThat(ci).isEqualTo(new Interval(4, 4));
  }

  @Test
  void welch_matchesArrayBasedTTestOnTheSameData() {
    double expected = TTest.withDefaults().test(SMALL, LARGE).getPValue();

    double p = Means.welch(Moments.of(SMALL), Moments.of(LARGE));

    assertThat(p).isCloseTo(expected, within(1e-12));
  }

  @Test
  void welch_matchesHandComputedFormula() {
    double va = 2.5 / 5;
    double vb = 14.0 / 6;
    double t = (3 - 7) / Math.sqrt(va + vb);
    double df = (va + vb) * (va + vb) / (va * va / 4 + vb * vb / 5);
    double expected = 2 * TDistribution.of(df).cumulativeProbability(-Math.abs(t));

    double p = Means.welch(Moments.of(SMALL), Moments.of(LARGE));

    assertThat(p).isCloseTo(expected, within(1e-12));
    assertThat(p).isBetween(0.04, 0.06);
  }

  @Test
  void welch_handlesOneSampleWithoutSpread() {
    double[] constant = {1, 1, 1};
    double expected = TTest.withDefaults().test(constant, LARGE).getPValue();

    double p = Means.welch(Moments.of(constant), Moments.of(LARGE));

    assertThat(p).isCloseTo(expected, within(1e-12));
    assertThat(p).isLessThan(0.1);
  }

  @Test
  void welch_withoutAnySpreadIsOneForEqualMeansAndZeroOtherwise() {
    assertThat(Means.welch(Moments.of(0.1, 0.1, 0.1), Moments.of(0.1, 0.1))).isEqualTo(1.0);
    assertThat(Means.welch(Moments.of(2, 2, 2), Moments.of(3, 3))).isEqualTo(0.0);
  }

  @Test
  void welch_isNaNBelowTwoValuesInEitherSample() {
    assertThat(Means.welch(Moments.of(1), Moments.of(LARGE))).isNaN();
    assertThat(Means.welch(Moments.of(SMALL), Moments.empty())).isNaN();
  }
}
