package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.commons.statistics.inference.TTest;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Moments;
import org.junit.jupiter.api.Test;

class MeanDifferencesTest {
  private static final double[] A = {5.1, 6.3, 4.8, 7.2, 5.5, 6.9, 6.1};
  private static final double[] B = {3.2, 4.1, 2.9, 3.8, 4.6, 3.3, 2.7, 4.0, 3.5};

  @Test
  void welch_boundsAreWhereWelchTestReachesFivePercent() {
    Interval ci = MeanDifferences.welch(Moments.of(A), Moments.of(B));

    double[] shifted = Arrays.stream(B).map(v -> v + ci.low()).toArray();
    double p = TTest.withDefaults().test(A, shifted).getPValue();
    assertThat(p).isCloseTo(0.05, within(1e-9));
    assertThat(ci.low()).isLessThan(ci.high());
  }

  @Test
  void welch_isMissingBelowTwoValues() {
    assertThat(MeanDifferences.welch(Moments.of(1), Moments.of(B))).isEqualTo(Interval.missing());
  }

  @Test
  void welch_isAPointWithoutSpread() {
    Interval ci = MeanDifferences.welch(Moments.of(2, 2), Moments.of(1, 1, 1));

    assertThat(ci).isEqualTo(new Interval(1, 1));
  }
}
