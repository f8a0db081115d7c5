package org.icpengine.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import org.icpengine.core.evaluation.ScoreMetrics;
import org.junit.jupiter.api.Test;

class EbmTest {
  private static final PlantedData PLANTED = PlantedData.generate(40_000, 8, 7);
  private static final Split SPLIT = Split.stratified(PLANTED.data.labels(), 0.3, 11);

  private static double holdoutAuc(AdditiveModel model) {
    TrainingData holdout = PLANTED.data.rows(SPLIT.holdout());
    return ScoreMetrics.of(model.probabilities(holdout), holdout.labels()).auc();
  }

  private static double truthAuc() {
    double[] truth = new double[SPLIT.holdout().length];
    for (int i = 0; i < truth.length; i++) {
      truth[i] = PLANTED.truth[SPLIT.holdout()[i]];
    }
    return ScoreMetrics.of(truth, PLANTED.data.rows(SPLIT.holdout()).labels()).auc();
  }

  @Test
  void learnsThePlantedShapes() {
    TrainingData train = PLANTED.data.rows(SPLIT.train());
    AdditiveModel model =
        Ebm.train(train, PLANTED.ordered, EbmOptions.defaults(1).withInteractions(0)).model();
    double[] industry = model.mains().get(0);
    assertThat(industry[3]).isGreaterThan(0.8);
    assertThat(industry[6]).isLessThan(-0.6);
    double[] size = model.mains().get(1);
    assertThat(size[16]).isGreaterThan(size[1] + 0.5).isGreaterThan(size[32] + 0.5);
    for (int f = 4; f < 8; f++) {
      for (double value : model.mains().get(f)) {
        assertThat(Math.abs(value)).as("noise feature %d", f).isLessThan(0.25);
      }
    }
  }

  @Test
  void findsThePlantedInteractionAndNearlyMatchesTheTruth() {
    TrainingData train = PLANTED.data.rows(SPLIT.train());
    Ebm.Trained trained = Ebm.train(train, PLANTED.ordered, EbmOptions.defaults(1));
    assertThat(trained.model().pairs()).isNotEmpty();
    PairTerm first = trained.model().pairs().get(0);
    assertThat(new int[] {first.first(), first.second()}).containsExactly(2, 3);
    double withPairs = holdoutAuc(trained.model());
    double mainsOnly =
        holdoutAuc(
            Ebm.train(train, PLANTED.ordered, EbmOptions.defaults(1).withInteractions(0)).model());
    assertThat(withPairs).isGreaterThan(mainsOnly);
    assertThat(withPairs).isGreaterThan(truthAuc() - 0.01);
  }

  @Test
  void sameSeedSameModelWhateverTheThreads() {
    TrainingData train = PLANTED.data.rows(SPLIT.train());
    EbmOptions many = new EbmOptions(3, 0.04, 3000, 50, 0.15, 10, 16, 2.0, 3, 5);
    EbmOptions single = new EbmOptions(3, 0.04, 3000, 50, 0.15, 10, 16, 2.0, 1, 5);
    AdditiveModel a = Ebm.train(train, PLANTED.ordered, many).model();
    AdditiveModel b = Ebm.train(train, PLANTED.ordered, single).model();
    assertThat(a.intercept()).isEqualTo(b.intercept());
    for (int f = 0; f < a.mains().size(); f++) {
      assertThat(a.mains().get(f)).containsExactly(b.mains().get(f));
    }
  }

  @Test
  void termsAreCentredSoTheInterceptIsTheAverageAccount() {
    TrainingData train = PLANTED.data.rows(SPLIT.train());
    AdditiveModel model = Ebm.train(train, PLANTED.ordered, EbmOptions.defaults(2)).model();
    double[] shape = model.mains().get(0);
    long[] counts = new long[shape.length];
    for (byte code : train.codes()[0]) {
      counts[code & 0xFF]++;
    }
    double mean = 0;
    for (int b = 0; b < shape.length; b++) {
      mean += counts[b] * shape[b];
    }
    assertThat(mean / train.rows()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
  }
}
