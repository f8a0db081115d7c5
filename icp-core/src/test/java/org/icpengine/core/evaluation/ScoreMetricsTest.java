package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreMetricsTest {

  @Test
  void of_gathersEveryFigure() {
    CalibrationTest.Drawn drawn = CalibrationTest.Drawn.of(20_000, 41);

    ScoreMetrics metrics = ScoreMetrics.of(drawn.predicted(), drawn.labels());

    CalibrationLine line = Calibration.line(drawn.predicted(), drawn.labels());
    assertThat(metrics.rows()).isEqualTo(20_000);
    assertThat(metrics.positives()).isEqualTo(Discrimination.count(drawn.labels()));
    assertThat(metrics.auc()).isEqualTo(Discrimination.auc(drawn.predicted(), drawn.labels()));
    assertThat(metrics.topDecileLift())
        .isEqualTo(Discrimination.topDecileLift(drawn.predicted(), drawn.labels()));
    assertThat(metrics.brier()).isEqualTo(Calibration.brier(drawn.predicted(), drawn.labels()));
    assertThat(metrics.calibrationSlope()).isEqualTo(line.slope());
    assertThat(metrics.calibrationIntercept()).isEqualTo(line.intercept());
    // A calibrated, informative score: sensible values, not just consistent ones.
    assertThat(metrics.auc()).isBetween(0.6, 0.9);
    assertThat(metrics.topDecileLift()).isGreaterThan(1.5);
    assertThat(metrics.calibrationSlope()).isCloseTo(1, within(0.1));
  }

  @Test
  void of_isNaNWhereAClassIsMissing() {
    ScoreMetrics metrics = ScoreMetrics.of(new double[] {0.2, 0.4}, new boolean[2]);

    assertThat(metrics.positives()).isZero();
    assertThat(metrics.brier()).isCloseTo((0.04 + 0.16) / 2, within(1e-15));
    assertThat(metrics.auc()).isNaN();
    assertThat(metrics.topDecileLift()).isNaN();
    assertThat(metrics.calibrationSlope()).isNaN();
    assertThat(metrics.calibrationIntercept()).isNaN();
  }

  @Test
  void of_rejectsMismatchedLengths() {
    assertThatThrownBy(() -> ScoreMetrics.of(new double[3], new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
