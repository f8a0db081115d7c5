package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class MediansTest {

  @Test
  void orderStatisticRanks_matchesTextbookRanksForOneHundred() {
    assertThat(Medians.orderStatisticRanks(100)).isEqualTo(new Interval(40, 61));
  }

  @Test
  void orderStatisticRanks_coversTheMedianWithAtLeastNinetyFivePercent() {
    for (int n = 6; n <= 2000; n++) {
      Interval ranks = Medians.orderStatisticRanks(n);
      BinomialDistribution below = BinomialDistribution.of(n, 0.5);
      // [X(j), X(k)] covers the median when j <= #values below the median < k.
      double coverage =
          below.cumulativeProbability((int) ranks.high() - 1)
              - below.cumulativeProbability((int) ranks.low() - 1);
      assertThat(coverage).as("coverage at n = %d", n).isGreaterThanOrEqualTo(0.95);
    }
  }

  @Test
  void orderStatisticRanks_clampsToTheSampleForSmallN() {
    assertThat(Medians.orderStatisticRanks(1)).isEqualTo(new Interval(1, 1));
    assertThat(Medians.orderStatisticRanks(5)).isEqualTo(new Interval(1, 5));
  }

  @Test
  void orderStatisticRanks_isMissingForAnEmptySample() {
    assertThat(Medians.orderStatisticRanks(0)).isEqualTo(Interval.missing());
  }

  @Test
  void orderStatisticRanks_rejectsNegativeN() {
    assertThatThrownBy(() -> Medians.orderStatisticRanks(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-3");
  }
}
