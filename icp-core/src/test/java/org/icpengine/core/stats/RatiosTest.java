package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatiosTest {
  private static final Moments NUMERATOR = Moments.of(2, 4, 6);
  private static final Moments DENOMINATOR = Moments.of(1, 2, 3);

  @Test
  void ofMeans_hasDeltaMethodIntervalOnTheLogScale() {
    // mean 4, se² 4/3 over mean 2, se² 1/3: var(log R) = 1/12 + 1/12 = 1/6, R = 2,
    // so the interval is 2·exp(±1.96·sqrt(1/6)).
    Figure ratio = Ratios.ofMeans(NUMERATOR, DENOMINATOR, NUMERATOR, DENOMINATOR);

    assertThat(ratio.value()).isEqualTo(2.0);
    assertThat(ratio.low()).isCloseTo(0.898521, within(1e-6));
    assertThat(ratio.high()).isCloseTo(4.451758, within(1e-6));
  }

  @Test
  void ofMeans_isNotSignificantAgainstAnIdenticalRest() {
    Figure ratio = Ratios.ofMeans(NUMERATOR, DENOMINATOR, NUMERATOR, DENOMINATOR);

    assertThat(ratio.pValue()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void ofMeans_matchesZTestOfLogRatios() {
    Moments restNumerator = Moments.of(1, 2, 3);
    Moments restDenominator = Moments.of(2, 4, 6);

    Figure ratio = Ratios.ofMeans(NUMERATOR, DENOMINATOR, restNumerator, restDenominator);

    // log 2 − log 0.5 over sqrt(1/6 + 1/6): z = 1.386294 / 0.577350 = 2.401132, p = 0.016344
    assertThat(ratio.pValue()).isCloseTo(0.0163444, within(1e-7));
  }

  @Test
  void ofMeans_isClearlySignificantForADifferentRatioInLargeSamples() {
    Moments cohortLtv = new Moments(400, 400 * 3000.0, 400 * (3000.0 * 3000 + 500.0 * 500));
    Moments cac = new Moments(400, 400 * 1000.0, 400 * (1000.0 * 1000 + 200.0 * 200));
    Moments restLtv = new Moments(600, 600 * 2000.0, 600 * (2000.0 * 2000 + 500.0 * 500));

    Figure ratio = Ratios.ofMeans(cohortLtv, cac, restLtv, cac);

    assertThat(ratio.value()).isCloseTo(3.0, within(1e-12));
    assertThat(ratio.pValue()).isLessThan(1e-6);
  }

  @Test
  void ofMeans_hasNoPValueWhenTheRestIsEmpty() {
    Figure ratio = Ratios.ofMeans(NUMERATOR, DENOMINATOR, Moments.empty(), Moments.empty());

    assertThat(ratio.value()).isEqualTo(2.0);
    assertThat(ratio.low()).isLessThan(2.0);
    assertThat(ratio.pValue()).isNaN();
  }

  @Test
  void ofMeans_hasNoIntervalWhenTheNumeratorMeanIsZero() {
    Figure ratio = Ratios.ofMeans(Moments.of(0, 0, 0), DENOMINATOR, NUMERATOR, DENOMINATOR);

    assertThat(ratio.value()).isZero();
    assertThat(ratio.low()).isNaN();
    assertThat(ratio.pValue()).isNaN();
  }

  @Test
  void ofMeans_isMissingWhenTheDenominatorIsAbsentOrNotPositive() {
    assertThat(Ratios.ofMeans(NUMERATOR, Moments.empty(), NUMERATOR, DENOMINATOR))
        .isEqualTo(Figure.missing());
    assertThat(Ratios.ofMeans(NUMERATOR, Moments.of(-1, 1), NUMERATOR, DENOMINATOR))
        .isEqualTo(Figure.missing());
  }

  @Test
  void ofMeans_hasNoPValueWhenARestMeanIsNotPositive() {
    Figure ratio = Ratios.ofMeans(NUMERATOR, DENOMINATOR, Moments.of(-2, -4), DENOMINATOR);

    assertThat(ratio.isPresent()).isTrue();
    assertThat(ratio.pValue()).isNaN();
  }

  @Test
  void ofMeans_comparesWithoutSpreadWhenNoSampleVaries() {
    // Every sample constant: the log-ratio variance is 0 on both sides, so the test has no spread
    // and the p-value says only whether the ratios agree (1) or differ (0).
    Moments twos = Moments.of(2, 2, 2);
    Moments ones = Moments.of(1, 1, 1);
    Moments fours = Moments.of(4, 4, 4);

    assertThat(Ratios.ofMeans(twos, ones, twos, ones).pValue()).isEqualTo(1.0);
    assertThat(Ratios.ofMeans(twos, ones, fours, ones).pValue()).isEqualTo(0.0);
  }

  @Test
  void ofMeans_hasNoPValueWhenTheRestNumeratorMeanIsZero() {
    Figure ratio = Ratios.ofMeans(NUMERATOR, DENOMINATOR, Moments.of(0, 0, 0), DENOMINATOR);

    assertThat(ratio.value()).isEqualTo(2.0);
    assertThat(ratio.pValue()).isNaN();
  }
}
