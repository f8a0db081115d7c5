package org.icpengine.core.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ScorecardTest {
  private static final PlantedData PLANTED = PlantedData.generate(20_000, 6, 21);
  private static final FitModel MODEL =
      FitModel.train(
          PLANTED.data, PLANTED.ordered, EbmOptions.defaults(3).withBags(4), PLANTED.data);

  @Test
  void pointsAddUpExactlyToTheScoreOrShowTheCap() {
    Scorecard card = MODEL.scorecard();
    int[] scores = card.scores(PLANTED.data);
    for (int row = 0; row < PLANTED.data.rows(); row += 7) {
      Scorecard.Scored scored = card.scored(PLANTED.data, row);
      int sum = Scorecard.BASE + scored.capped();
      for (int p : scored.mainPoints()) {
        sum += p;
      }
      for (int p : scored.pairPoints()) {
        sum += p;
      }
      assertThat(sum).isEqualTo(scored.score()).isEqualTo(scores[row]);
      assertThat(scored.score()).isBetween(0, 100);
    }
  }

  @Test
  void eachBinsPointsAreItsScaledLogOddsRoundedToTheNearestWholePoint() {
    Scorecard card = MODEL.scorecard();
    double scale = card.factor() * MODEL.platt().slope();
    int roundedAway = 0;
    for (int f = 0; f < card.mainPoints().size(); f++) {
      double[] shape = MODEL.model().mains().get(f);
      int[] points = card.mainPoints().get(f);
      for (int b = 0; b < points.length; b++) {
        double exact = scale * shape[b];
        assertThat(Math.abs(points[b] - exact))
            .as("feature %d bin %d", f, b)
            .isLessThanOrEqualTo(0.5);
        roundedAway += Math.round(exact) != (long) exact ? 1 : 0;
      }
    }
    assertThat(roundedAway).as("bins where rounding and truncation differ").isGreaterThan(5);
  }

  @Test
  void tiersHoldAboutTheirSharesOfTheReferenceAndRankTheIdealRate() {
    Scorecard card = MODEL.scorecard();
    int[] scores = card.scores(PLANTED.data);
    long[] counts = new long[4];
    long[] ideal = new long[4];
    for (int i = 0; i < scores.length; i++) {
      int t = card.tiers().tier(scores[i]) - 'A';
      counts[t]++;
      ideal[t] += PLANTED.data.labels()[i] ? 1 : 0;
    }
    assertThat(counts[0] / (double) scores.length).isBetween(0.08, 0.16);
    assertThat(counts[1] / (double) scores.length).isBetween(0.15, 0.27);
    double rateA = ideal[0] / (double) counts[0];
    double rateD = ideal[3] / (double) counts[3];
    assertThat(rateA).isGreaterThan(3 * rateD);
  }

  @Test
  void theScoresProbabilityMatchesTheObservedRate() {
    double[] p = MODEL.probabilities(PLANTED.data);
    double expected = 0;
    for (double v : p) {
      expected += v;
    }
    assertThat(expected / p.length)
        .isCloseTo(PLANTED.data.positives() / (double) p.length, within(0.01));
  }

  @Test
  void plattRecoversAKnownSlopeAndShift() {
    SplittableRandom random = new SplittableRandom(5);
    double[] logits = new double[50_000];
    boolean[] labels = new boolean[logits.length];
    for (int i = 0; i < logits.length; i++) {
      logits[i] = random.nextGaussian() * 2;
      labels[i] = random.nextDouble() < Sigmoid.exact(0.5 * logits[i] - 1);
    }
    Platt platt = Platt.fit(logits, labels);
    assertThat(platt.slope()).isCloseTo(0.5, within(0.03));
    assertThat(platt.intercept()).isCloseTo(-1, within(0.05));
  }

  @Test
  void tiersMustDescend() {
    assertThatThrownBy(() -> new Tiers(50, 60, 40))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must descend");
    assertThat(new Tiers(70, 55, 40).tier(55)).isEqualTo('B');
    assertThat(new Tiers(70, 55, 40).tier(39)).isEqualTo('D');
  }

  @Test
  void theTableSigmoidIsExactEnough() {
    for (double x = -35; x <= 35; x += 0.013) {
      assertThat(Sigmoid.of(x)).isCloseTo(Sigmoid.exact(x), within(1e-6));
    }
  }
}
