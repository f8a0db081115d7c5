package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.icpengine.core.stats.Proportions;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void brier_isMeanSquaredError() {
    double brier = Calibration.brier(new double[] {0.9, 0.2, 0.6}, new boolean[] {T, F, F});

    assertThat(brier).isCloseTo((0.01 + 0.04 + 0.36) / 3, within(1e-15));
  }

  @Test
  void brier_isNaNWithoutRows() {
    assertThat(Calibration.brier(new double[0], new boolean[0])).isNaN();
  }

  @Test
  void line_isIdentityWhenLabelsAreDrawnFromThePredictions() {
    Drawn drawn = Drawn.of(50_000, 23);

    CalibrationLine line = Calibration.line(drawn.predicted, drawn.labels);

    assertThat(line.slope()).isCloseTo(1, within(0.05));
    assertThat(line.intercept()).isCloseTo(0, within(0.05));
  }

  @Test
  void line_hasSlopeBelowOneForOverConfidentPredictions() {
    Drawn drawn = Drawn.of(50_000, 29);
    double[] overConfident = scaleLogits(drawn.predicted, 2);

    CalibrationLine line = Calibration.line(overConfident, drawn.labels);

    assertThat(line.slope()).isCloseTo(0.5, within(0.05));
  }

  @Test
  void line_hasSlopeAboveOneForUnderConfidentPredictions() {
    Drawn drawn = Drawn.of(50_000, 31);
    double[] underConfident = scaleLogits(drawn.predicted, 0.5);

    CalibrationLine line = Calibration.line(underConfident, drawn.labels);

    assertThat(line.slope()).isCloseTo(2, within(0.15));
  }

  @Test
  void line_findsTheShiftOfPredictionsThatAreTooLow() {
    Drawn drawn = Drawn.of(50_000, 37);
    double[] tooLow = new double[drawn.predicted.length];
    for (int i = 0; i < tooLow.length; i++) {
      double logit = Math.log(drawn.predicted[i] / (1 - drawn.predicted[i]));
      tooLow[i] = 1 / (1 + Math.exp(-(logit - 0.7)));
    }

    CalibrationLine line = Calibration.line(tooLow, drawn.labels);

    assertThat(line.slope()).isCloseTo(1, within(0.05));
    assertThat(line.intercept()).isCloseTo(0.7, within(0.08));
  }

  @Test
  void line_isMissingForConstantPredictionsOrOneClass() {
    assertThat(Calibration.line(new double[] {0.3, 0.3, 0.3}, new boolean[] {T, F, F}))
        .isEqualTo(CalibrationLine.missing());
    assertThat(Calibration.line(new double[] {0.5, 0.5, 0.5}, new boolean[] {T, F, F}))
        .isEqualTo(CalibrationLine.missing());
    assertThat(Calibration.line(new double[] {0.1, 0.5, 0.9}, new boolean[] {F, F, F}))
        .isEqualTo(CalibrationLine.missing());
  }

  @Test
  void line_clipsCertainPredictions() {
    CalibrationLine line =
        Calibration.line(new double[] {0, 1, 0.5, 0.2, 0.7, 0.4}, new boolean[] {F, T, T, F, F, T});

    assertThat(line.slope()).isFinite();
    assertThat(line.intercept()).isFinite();
  }

  @Test
  void bins_haveEqualCountsInPredictionOrder() {
    double[] predicted = {0.9, 0.1, 0.5, 0.3, 0.8, 0.2, 0.6, 0.4, 0.7, 0.0};
    boolean[] labels = {T, F, T, F, T, F, F, T, T, F};

    List<CalibrationBin> bins = Calibration.bins(predicted, labels, 5);

    assertThat(bins).hasSize(5);
    assertThat(bins).extracting(CalibrationBin::rows).containsExactly(2, 2, 2, 2, 2);
    assertThat(bins).extracting(CalibrationBin::ideal).containsExactly(0, 0, 2, 1, 2);
    double[] means = bins.stream().mapToDouble(CalibrationBin::meanPredicted).toArray();
    assertThat(means).containsExactly(new double[] {0.05, 0.25, 0.45, 0.65, 0.85}, within(1e-12));
    assertThat(bins.get(3).observedRate()).isEqualTo(0.5);
    assertThat(bins.get(4).observedInterval()).isEqualTo(Proportions.wilson(2, 2));
  }

  @Test
  void bins_spreadUnevenRowsAndSkipEmptyBins() {
    double[] predicted = {0.1, 0.2, 0.3};
    boolean[] labels = {F, T, T};

    assertThat(Calibration.bins(predicted, labels, 2))
        .extracting(CalibrationBin::rows)
        .containsExactly(1, 2);
    assertThat(Calibration.bins(predicted, labels, 5))
        .extracting(CalibrationBin::rows)
        .containsExactly(1, 1, 1);
  }

  @Test
  void rejectsPredictionsThatAreNotProbabilities() {
    assertThatThrownBy(() -> Calibration.brier(new double[] {0.5, 1.5}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> Calibration.line(new double[] {Double.NaN}, new boolean[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Calibration.bins(new double[] {0.5}, new boolean[1], 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one bin");
  }

  private static double[] scaleLogits(double[] predicted, double factor) {
    double[] scaled = new double[predicted.length];
    for (int i = 0; i < predicted.length; i++) {
      double logit = Math.log(predicted[i] / (1 - predicted[i]));
      scaled[i] = 1 / (1 + Math.exp(-factor * logit));
    }
    return scaled;
  }

  /** Probabilities with logits spread around -1.5 and labels drawn from them. */
  record Drawn(double[] predicted, boolean[] labels) {
    static Drawn of(int n, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] predicted = new double[n];
      boolean[] labels = new boolean[n];
      for (int i = 0; i < n; i++) {
        double logit = -1.5 + 4 * (random.nextDouble() - 0.5);
        predicted[i] = 1 / (1 + Math.exp(-logit));
        labels[i] = random.nextDouble() < predicted[i];
      }
      return new Drawn(predicted, labels);
    }
  }

  @Test
  void bins_withOneBinHoldEveryRow() {
    double[] predicted = {0.1, 0.2, 0.3, 0.4};
    boolean[] labels = {F, T, T, F};

    List<CalibrationBin> bins = Calibration.bins(predicted, labels, 1);

    assertThat(bins)
        .singleElement()
        .satisfies(
            bin -> {
              assertThat(bin.rows()).isEqualTo(4);
              assertThat(bin.ideal()).isEqualTo(2);
              assertThat(bin.meanPredicted()).isCloseTo(0.25, within(1e-12));
            });
  }

  @Test
  void bins_rejectMismatchedLengthsAndImpossiblePredictions() {
    assertThatThrownBy(() -> Calibration.bins(new double[] {0.5}, new boolean[2], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 predictions, 2 labels");
    assertThatThrownBy(() -> Calibration.bins(new double[] {0.5, -0.1}, new boolean[2], 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
  }
}
