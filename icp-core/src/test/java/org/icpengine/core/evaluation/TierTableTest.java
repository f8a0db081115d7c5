package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Proportions;
import org.junit.jupiter.api.Test;

class TierTableTest {
  private static final boolean T = true;
  private static final boolean F = false;

  // A: 4 rows, 3 ideal; B: 3 rows, 1 ideal; C: 2 rows, none; D: 5 rows, 1 ideal. Rows shuffled.
  private static final char[] TIERS = "DADBCABDADBCDA".toCharArray();
  private static final boolean[] LABELS = {F, T, T, F, F, F, T, F, T, F, F, F, F, T};
  private static final double[] PREDICTED = {
    0.1, 0.7, 0.1, 0.4, 0.05, 0.7, 0.2, 0.1, 0.7, 0.1, 0.3, 0.15, 0.1, 0.7
  };

  @Test
  void of_countsRowsAndIdealRowsPerTier() {
    TierTable table = TierTable.of(TIERS, PREDICTED, LABELS);

    assertThat(table.rows()).isEqualTo(14);
    assertThat(table.ideal()).isEqualTo(5);
    assertThat(table.tiers()).extracting(TierRow::tier).containsExactly('A', 'B', 'C', 'D');
    assertThat(table.tiers()).extracting(TierRow::rows).containsExactly(4, 3, 2, 5);
    assertThat(table.tiers()).extracting(TierRow::ideal).containsExactly(3, 1, 0, 1);
    assertThat(table.tier('A').share()).isCloseTo(4.0 / 14, within(1e-15));
    assertThat(table.tier('D').share()).isCloseTo(5.0 / 14, within(1e-15));
  }

  @Test
  void of_reportsObservedAndExpectedRates() {
    TierTable table = TierTable.of(TIERS, PREDICTED, LABELS);

    TierRow a = table.tier('A');
    assertThat(a.observedRate()).isEqualTo(0.75);
    assertThat(a.observedInterval()).isEqualTo(Proportions.wilson(3, 4));
    assertThat(a.expectedRate()).isCloseTo(0.7, within(1e-12));
    TierRow b = table.tier('B');
    assertThat(b.observedRate()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(b.expectedRate()).isCloseTo(0.3, within(1e-12));
    TierRow c = table.tier('C');
    assertThat(c.observedRate()).isZero();
    assertThat(c.expectedRate()).isCloseTo(0.1, within(1e-12));
    assertThat(table.tier('D').observedRate()).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void of_reportsCapturesAndTheRateRatio() {
    TierTable table = TierTable.of(TIERS, PREDICTED, LABELS);

    assertThat(table.idealCapturedByA()).isCloseTo(3.0 / 5, within(1e-15));
    assertThat(table.idealCapturedByAB()).isCloseTo(4.0 / 5, within(1e-15));
    assertThat(table.rateRatioAToD()).isCloseTo(0.75 / 0.2, within(1e-12));
  }

  @Test
  void rateRatio_isInfiniteWhenTierDHasNoIdealRows() {
    TierTable table =
        TierTable.of(
            "AADD".toCharArray(), new double[] {0.6, 0.6, 0.1, 0.1}, new boolean[] {T, F, F, F});

    assertThat(table.rateRatioAToD()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void rateRatio_isNaNWhenBothRatesAreZeroOrATierIsEmpty() {
    TierTable zero =
        TierTable.of("AD".toCharArray(), new double[] {0.6, 0.1}, new boolean[] {F, F});
    TierTable noD = TierTable.of("AB".toCharArray(), new double[] {0.6, 0.1}, new boolean[] {T, F});

    assertThat(zero.rateRatioAToD()).isNaN();
    assertThat(zero.idealCapturedByA()).isNaN();
    assertThat(noD.rateRatioAToD()).isNaN();
    TierRow emptyD = noD.tier('D');
    assertThat(emptyD.rows()).isZero();
    assertThat(emptyD.observedRate()).isNaN();
    assertThat(emptyD.expectedRate()).isNaN();
    assertThat(emptyD.observedInterval()).isEqualTo(Interval.missing());
  }

  @Test
  void of_rejectsUnknownTiersAndMismatchedLengths() {
    assertThatThrownBy(() -> TierTable.of("AE".toCharArray(), new double[2], new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> TierTable.of("AB".toCharArray(), new double[3], new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> TierTable.of("AB".toCharArray(), new double[2], new boolean[2]).tier('E'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_acceptsCertainPredictionsAtZeroAndOne() {
    TierTable table =
        TierTable.of("AD".toCharArray(), new double[] {1.0, 0.0}, new boolean[] {true, false});

    assertThat(table.tiers()).extracting(TierRow::rows).containsExactly(1, 0, 0, 1);
    assertThat(table.tier('A').expectedRate()).isEqualTo(1.0);
    assertThat(table.tier('D').expectedRate()).isZero();
  }
}
