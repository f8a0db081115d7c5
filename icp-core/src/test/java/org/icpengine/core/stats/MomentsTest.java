package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MomentsTest {

  @Test
  void of_computesMeanAndSampleVariance() {
    Moments m = Moments.of(2, 4, 4, 4, 5, 5, 7, 9);

    assertThat(m.count()).isEqualTo(8);
    assertThat(m.mean()).isEqualTo(5.0);
    assertThat(m.variance()).isCloseTo(32.0 / 7, within(1e-12));
    assertThat(m.standardError()).isCloseTo(Math.sqrt(32.0 / 7 / 8), within(1e-12));
  }

  @Test
  void empty_hasNaNMeanAndVariance() {
    assertThat(Moments.empty().count()).isZero();
    assertThat(Moments.empty().mean()).isNaN();
    assertThat(Moments.empty().variance()).isNaN();
    assertThat(Moments.empty().standardError()).isNaN();
  }

  @Test
  void variance_isNaNForASingleValue() {
    Moments one = Moments.of(3.5);

    assertThat(one.mean()).isEqualTo(3.5);
    assertThat(one.variance()).isNaN();
    assertThat(one.standardError()).isNaN();
  }

  @Test
  void variance_isExactlyZeroForConstantValuesDespiteRounding() {
    assertThat(Moments.of(0.1, 0.1, 0.1).variance()).isZero();
    assertThat(Moments.of(1e6 + 0.3, 1e6 + 0.3, 1e6 + 0.3, 1e6 + 0.3).variance()).isZero();
  }

  @Test
  void variance_isNeverNegativeWhenSumsCancelBadly() {
    Moments slightlyOff = new Moments(3, 0.3, 0.03 - 1e-17);

    assertThat(slightlyOff.variance()).isZero();
  }

  @Test
  void minus_roundTripsToTheMomentsOfTheRest() {
    Moments all = Moments.of(1.5, 2.5, 10, 12, 30, 7);
    Moments part = Moments.of(1.5, 10, 7);
    Moments expected = Moments.of(2.5, 12, 30);

    Moments rest = all.minus(part);

    assertThat(rest.count()).isEqualTo(3);
    assertThat(rest.sum()).isCloseTo(expected.sum(), within(1e-9));
    assertThat(rest.sumOfSquares()).isCloseTo(expected.sumOfSquares(), within(1e-9));
    assertThat(rest.variance()).isCloseTo(expected.variance(), within(1e-9));
  }

  @Test
  void minus_ofItselfIsEmpty() {
    Moments m = Moments.of(4, 5, 6);

    assertThat(m.minus(m).count()).isZero();
    assertThat(m.minus(m).mean()).isNaN();
  }

  @Test
  void minus_rejectsALargerSample() {
    assertThatThrownBy(() -> Moments.of(1, 2).minus(Moments.of(1, 2, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3")
        .hasMessageContaining("2");
  }

  @Test
  void constructor_rejectsNegativeCount() {
    assertThatThrownBy(() -> new Moments(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("count must be >= 0")
        .hasMessageContaining("-1");
  }

  @Test
  void of_rejectsNaN() {
    assertThatThrownBy(() -> Moments.of(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
  }
}
