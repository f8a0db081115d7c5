package org.icpengine.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureTest {

  @Test
  void of_takesTheBoundsOfTheInterval() {
    Figure figure = Figure.of(0.3, new Interval(0.2, 0.4), 0.01);

    assertThat(figure).isEqualTo(new Figure(0.3, 0.2, 0.4, 0.01));
    assertThat(figure.isPresent()).isTrue();
  }

  @Test
  void missing_isAllNaNAndNotPresent() {
    Figure missing = Figure.missing();

    assertThat(missing.isPresent()).isFalse();
    assertThat(missing.value()).isNaN();
    assertThat(missing.low()).isNaN();
    assertThat(missing.high()).isNaN();
    assertThat(missing.pValue()).isNaN();
  }

  @Test
  void isPresent_holdsWithoutIntervalOrTest() {
    assertThat(Figure.of(2.0, Interval.missing(), Double.NaN).isPresent()).isTrue();
  }

  @Test
  void constructor_rejectsPValueOutsideUnitInterval() {
    assertThatThrownBy(() -> new Figure(1, 0, 2, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }

  @Test
  void interval_rejectsBoundsOutOfOrder() {
    assertThatThrownBy(() -> new Interval(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low must be <= high");
  }

  @Test
  void interval_missingHasNaNBounds() {
    assertThat(Interval.missing().low()).isNaN();
    assertThat(Interval.missing().high()).isNaN();
  }
}
