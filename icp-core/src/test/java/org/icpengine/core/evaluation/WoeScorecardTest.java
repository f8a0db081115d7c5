package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.icpengine.core.score.Split;
import org.icpengine.core.score.TrainingData;
import org.junit.jupiter.api.Test;

class WoeScorecardTest {

  /**
   * Feature "segment" (bins 0 unknown, 1-3): bin 2 has ideal rate 0.5, every other bin 0.05.
   * Feature "noise" (bins 0-5): unrelated to the label; bin 5 holds only a handful of rows.
   */
  private record Planted(TrainingData data, double[] truth) {
    static Planted of(int n, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      byte[] segment = new byte[n];
      byte[] noise = new byte[n];
      boolean[] labels = new boolean[n];
      double[] truth = new double[n];
      for (int i = 0; i < n; i++) {
        segment[i] = (byte) (random.nextDouble() < 0.05 ? 0 : 1 + random.nextInt(3));
        noise[i] = (byte) (i % 2000 == 0 ? 5 : random.nextInt(5));
        truth[i] = segment[i] == 2 ? 0.5 : 0.05;
        labels[i] = random.nextDouble() < truth[i];
      }
      TrainingData data =
          new TrainingData(
              List.of("segment", "noise"), new int[] {4, 6}, new byte[][] {segment, noise}, labels);
      return new Planted(data, truth);
    }
  }

  @Test
  void train_keepsTheInformativeFeatureAndDropsNoise() {
    Planted planted = Planted.of(20_000, 101);

    WoeScorecard scorecard = WoeScorecard.train(planted.data());

    assertThat(scorecard.keptFeatures()).containsExactly("segment");
    assertThat(scorecard.informationValues()).containsOnlyKeys("segment", "noise");
    assertThat(scorecard.informationValues().get("segment")).isGreaterThan(0.3);
    assertThat(scorecard.informationValues().get("noise")).isLessThan(0.02);
    assertThat(scorecard.coefficients()).containsOnlyKeys("segment");
    // WoE is already the log-odds scale: a single well-specified feature gets a coefficient near 1.
    assertThat(scorecard.coefficients().get("segment")).isCloseTo(1, within(0.05));
  }

  @Test
  void train_ranksHoldoutRowsAlmostAsWellAsTheTrueProbabilities() {
    Planted planted = Planted.of(30_000, 103);
    Split split = Split.stratified(planted.data().labels(), 0.3, 5);
    TrainingData holdout = planted.data().rows(split.holdout());
    double[] truth = new double[split.holdout().length];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = planted.truth()[split.holdout()[i]];
    }

    WoeScorecard scorecard = WoeScorecard.train(planted.data().rows(split.train()));
    double[] predicted = scorecard.probabilities(holdout);

    double auc = Discrimination.auc(predicted, holdout.labels());
    double trueAuc = Discrimination.auc(truth, holdout.labels());
    assertThat(auc).isGreaterThan(0.75);
    assertThat(auc).isCloseTo(trueAuc, within(0.02));
    ScoreMetrics metrics = ScoreMetrics.of(predicted, holdout.labels());
    assertThat(metrics.calibrationSlope()).isCloseTo(1, within(0.15));
  }

  @Test
  void weightsOfEvidence_followTheSmoothedFormulaAndPoolSmallBins() {
    // 100 rows; bin 0: 45 rows (9 ideal), bin 1: 36 rows (27 ideal), bin 2: 19 rows (4 ideal).
    int[] rows = {45, 36, 19};
    int[] ideal = {9, 27, 4};
    byte[] codes = new byte[100];
    boolean[] labels = new boolean[100];
    int row = 0;
    for (int b = 0; b < 3; b++) {
      for (int i = 0; i < rows[b]; i++) {
        codes[row] = (byte) b;
        labels[row] = i < ideal[b];
        row++;
      }
    }
    TrainingData data = new TrainingData(List.of("f"), new int[] {3}, new byte[][] {codes}, labels);

    WoeScorecard scorecard = WoeScorecard.train(data);

    double positives = 40 + 0.5 * 3;
    double negatives = 60 + 0.5 * 3;
    double[] expected = new double[3];
    double iv = 0;
    for (int b = 0; b < 2; b++) {
      double g = (ideal[b] + 0.5) / positives;
      double h = (rows[b] - ideal[b] + 0.5) / negatives;
      expected[b] = Math.log(g / h);
      iv += (g - h) * expected[b];
    }
    assertThat(scorecard.weightsOfEvidence("f")).containsExactly(expected, within(1e-12));
    assertThat(scorecard.weightsOfEvidence("f")[2]).isZero(); // 19 rows: pooled
    assertThat(scorecard.informationValues().get("f")).isCloseTo(iv, within(1e-12));
  }

  @Test
  void train_keepsTheBestFeatureWhenNoneReachesTheThreshold() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 20_000;
    byte[][] codes = new byte[3][n];
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < 3; f++) {
        codes[f][i] = (byte) random.nextInt(2);
      }
      labels[i] = random.nextDouble() < (codes[2][i] == 1 ? 0.23 : 0.2); // IV about 0.005
    }
    TrainingData data =
        new TrainingData(List.of("a", "b", "c"), new int[] {2, 2, 2}, codes, labels);

    WoeScorecard scorecard = WoeScorecard.train(data);

    assertThat(scorecard.informationValues().values()).allMatch(iv -> iv < 0.02);
    assertThat(scorecard.keptFeatures()).containsExactly("c");
  }

  @Test
  void train_isDeterministic() {
    Planted planted = Planted.of(5_000, 107);

    WoeScorecard first = WoeScorecard.train(planted.data());
    WoeScorecard second = WoeScorecard.train(planted.data());

    assertThat(second.intercept()).isEqualTo(first.intercept());
    assertThat(second.coefficients()).isEqualTo(first.coefficients());
    assertThat(second.probabilities(planted.data())).isEqualTo(first.probabilities(planted.data()));
  }

  @Test
  void probability_findsFeaturesByName() {
    Planted planted = Planted.of(5_000, 109);
    WoeScorecard scorecard = WoeScorecard.train(planted.data());
    TrainingData reordered = planted.data().features(new int[] {1, 0});

    double[] all = scorecard.probabilities(planted.data());

    assertThat(scorecard.probabilities(reordered)).containsExactly(all, within(1e-15));
    for (int row = 0; row < 50; row++) {
      assertThat(scorecard.probability(planted.data(), row)).isEqualTo(all[row]);
    }
    assertThat(all[0]).isBetween(0.0, 1.0);
    TrainingData noiseOnly = planted.data().features(new int[] {1});
    assertThatThrownBy(() -> scorecard.probabilities(noiseOnly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("segment");
  }

  @Test
  void train_rejectsDataWithOneClass() {
    TrainingData data =
        new TrainingData(
            List.of("f"),
            new int[] {2},
            new byte[][] {{0, 1, 1}},
            new boolean[] {true, true, true});

    assertThatThrownBy(() -> WoeScorecard.train(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both");
  }
}
