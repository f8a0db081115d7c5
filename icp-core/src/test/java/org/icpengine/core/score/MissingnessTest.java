package org.icpengine.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MissingnessTest {
  /**
   * Two features, each unknown on a tenth of the rows: feature 0's "unknown" adds 1.2 to the
   * log-odds (a real signal), feature 1's hides a value drawn like the others (missing at random);
   * both have real effects of their known values.
   */
  private static TrainingData planted(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[][] codes = new byte[2][rows];
    boolean[] labels = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      int a = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
      int hidden = 1 + random.nextInt(8);
      int b = random.nextInt(10) == 0 ? 0 : hidden;
      codes[0][i] = (byte) a;
      codes[1][i] = (byte) b;
      double logit = -1.5 + (a == 0 ? 1.2 : a == 2 ? 0.8 : 0) + (hidden > 4 ? 0.7 : 0);
      labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit));
    }
    return new TrainingData(List.of("a", "b"), new int[] {5, 9}, codes, labels);
  }

  @Test
  void test_confirmsAPlantedMissingnessSignalAndNotNoise() {
    TrainingData train = planted(20_000, 1);
    TrainingData holdout = planted(10_000, 2);
    AdditiveModel model =
        Ebm.train(train, new boolean[] {false, true}, EbmOptions.defaults(5).withBags(2)).model();
    List<Missingness.Test> tests =
        Missingness.test(model, train, holdout, new boolean[] {true, true});
    assertThat(tests.get(0).confirmed()).isTrue();
    assertThat(tests.get(0).z()).isPositive();
    assertThat(tests.get(0).observed()).isGreaterThan((int) tests.get(0).expected());
    assertThat(tests.get(1).confirmed()).isFalse();
    assertThat(tests.get(1).p()).isGreaterThan(0.01);
  }

  @Test
  void test_neverConfirmsAFeatureThatMayNotBeTested() {
    TrainingData train = planted(20_000, 3);
    AdditiveModel model =
        Ebm.train(train, new boolean[] {false, true}, EbmOptions.defaults(5).withBags(2)).model();
    List<Missingness.Test> tests =
        Missingness.test(model, train, planted(10_000, 4), new boolean[] {false, true});
    assertThat(tests.get(0).confirmed()).isFalse();
    assertThat(tests.get(0).p()).isEqualTo(1.0);
  }

  @Test
  void neutralise_makesUnknownWorthZeroAndAverageKnownValueZero() {
    TrainingData data = planted(5_000, 5);
    AdditiveModel model =
        new AdditiveModel(
            -1, List.of(new double[] {0.9, 0.3, -0.2, 0.5, 0.1}, new double[9]), List.of());
    AdditiveModel honest = Missingness.neutralise(model, data, new boolean[] {false, true});
    double[] shape = honest.mains().get(0);
    assertThat(shape[0]).isZero();
    long[] counts = Missingness.counts(data, 0);
    double mean = 0;
    long known = 0;
    for (int b = 1; b < shape.length; b++) {
      mean += counts[b] * shape[b];
      known += counts[b];
    }
    assertThat(mean / known).isCloseTo(0, within(1e-12));
    assertThat(shape[1] - shape[2]).isCloseTo(0.5, within(1e-12));
    assertThat(honest.mains().get(1)).isEqualTo(model.mains().get(1));
  }

  @Test
  void neutralise_zeroesTheUnknownCellsOfInteractions() {
    TrainingData data = planted(5_000, 6);
    double[][] values = {{1, 2}, {3, -1}};
    int[] firstGroups = {0, 1, 1, 1, 1};
    int[] secondGroups = {0, 1, 1, 1, 1, 1, 1, 1, 1};
    AdditiveModel model =
        new AdditiveModel(
            0,
            List.of(new double[5], new double[9]),
            List.of(new PairTerm(0, 1, firstGroups, secondGroups, values)));
    AdditiveModel honest = Missingness.neutralise(model, data, new boolean[] {false, true});
    double[][] cells = honest.pairs().get(0).values();
    assertThat(cells[0]).containsExactly(0.0, 0.0);
    assertThat(cells[1][0]).isNotZero();
  }
}
