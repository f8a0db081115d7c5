package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiscriminationTest {
  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void auc_isOneForPerfectRanking() {
    double auc = Discrimination.auc(new double[] {0.1, 0.8, 0.2, 0.9}, new boolean[] {F, T, F, T});

    assertThat(auc).isEqualTo(1.0);
  }

  @Test
  void auc_isZeroForReversedRanking() {
    double auc = Discrimination.auc(new double[] {0.9, 0.2, 0.8, 0.1}, new boolean[] {F, T, F, T});

    assertThat(auc).isEqualTo(0.0);
  }

  @Test
  void auc_isOneHalfWhenAllScoresTie() {
    double auc =
        Discrimination.auc(new double[] {0.3, 0.3, 0.3, 0.3, 0.3}, new boolean[] {F, T, F, T, F});

    assertThat(auc).isEqualTo(0.5);
  }

  @Test
  void auc_countsTiesOneHalf() {
    // Ideal 0.9 beats all three others; ideal 0.5 beats 0.3 and 0.1 and ties 0.5: 5.5 of 6 pairs.
    double auc =
        Discrimination.auc(new double[] {0.5, 0.9, 0.1, 0.5, 0.3}, new boolean[] {F, T, F, T, F});

    assertThat(auc).isCloseTo(5.5 / 6, within(1e-15));
  }

  @Test
  void auc_treatsNegativeAndPositiveZeroAsTied() {
    double auc = Discrimination.auc(new double[] {-0.0, 0.0}, new boolean[] {T, F});

    assertThat(auc).isEqualTo(0.5);
  }

  @Test
  void auc_agreesWithBruteForcePairCount() {
    SplittableRandom random = new SplittableRandom(7);
    int n = 3000;
    double[] scores = new double[n];
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextInt(40) / 40.0; // many ties
      labels[i] = random.nextDouble() < 0.1 + 0.5 * scores[i];
    }

    double wins = 0;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (labels[i] && !labels[j]) {
          pairs++;
          wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
        }
      }
    }

    double auc = Discrimination.auc(scores, labels);
    assertThat(auc).isCloseTo(wins / pairs, within(1e-12));
    assertThat(auc).isGreaterThan(0.6);
  }

  @Test
  void auc_dependsOnlyOnTheOrderOfScores() {
    SplittableRandom random = new SplittableRandom(11);
    double[] p = new double[500];
    double[] logits = new double[500];
    boolean[] labels = new boolean[500];
    for (int i = 0; i < p.length; i++) {
      p[i] = random.nextDouble();
      logits[i] = Math.log(p[i] / (1 - p[i]));
      labels[i] = random.nextDouble() < p[i];
    }

    assertThat(Discrimination.auc(logits, labels))
        .isCloseTo(Discrimination.auc(p, labels), within(1e-15));
  }

  @Test
  void auc_isNaNWithOneClass() {
    assertThat(Discrimination.auc(new double[] {0.1, 0.2}, new boolean[] {T, T})).isNaN();
    assertThat(Discrimination.auc(new double[] {0.1, 0.2}, new boolean[] {F, F})).isNaN();
    assertThat(Discrimination.auc(new double[0], new boolean[0])).isNaN();
  }

  @Test
  void auc_rejectsNaNScoresAndMismatchedLengths() {
    assertThatThrownBy(() -> Discrimination.auc(new double[] {0.1, Double.NaN}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
    assertThatThrownBy(() -> Discrimination.auc(new double[] {0.1}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 scores, 2 labels");
  }

  @Test
  void topDecileLift_isTopRateOverOverallRate() {
    // 20 rows, 4 ideal (rate 0.2); the top 2 by score hold 1 ideal (rate 0.5): lift 2.5.
    double[] scores = new double[20];
    boolean[] labels = new boolean[20];
    for (int i = 0; i < 20; i++) {
      scores[i] = i / 100.0;
    }
    labels[19] = true; // highest score
    labels[18] = false; // second highest
    labels[3] = true;
    labels[5] = true;
    labels[7] = true;

    assertThat(Discrimination.topDecileLift(scores, labels)).isCloseTo(2.5, within(1e-12));
  }

  @Test
  void topDecileLift_takesCeilingOfATenthOfTheRows() {
    // 30 rows: exactly 3 in the top decile (not 4 as 0.1 * 30 rounding up would give).
    double[] scores = new double[30];
    boolean[] labels = new boolean[30];
    for (int i = 0; i < 30; i++) {
      scores[i] = -i;
    }
    labels[0] = true;
    labels[1] = true;
    labels[2] = true;

    assertThat(Discrimination.topDecileLift(scores, labels)).isCloseTo(10, within(1e-12));
    // 11 rows: ceil(1.1) = 2 rows.
    double[] eleven = new double[11];
    boolean[] elevenLabels = new boolean[11];
    eleven[0] = 1;
    elevenLabels[0] = true;
    assertThat(Discrimination.topDecileLift(eleven, elevenLabels))
        .isCloseTo(0.5 / (1.0 / 11), within(1e-12));
  }

  @Test
  void topDecileLift_breaksTiesAtTheCutInRowOrder() {
    double[] tied = new double[10];
    boolean[] firstIdeal = new boolean[10];
    firstIdeal[0] = true;
    boolean[] secondIdeal = new boolean[10];
    secondIdeal[1] = true;

    assertThat(Discrimination.topDecileLift(tied, firstIdeal)).isCloseTo(10, within(1e-12));
    assertThat(Discrimination.topDecileLift(tied, secondIdeal)).isZero();
  }

  @Test
  void topDecileLift_isNaNWithoutIdealRows() {
    assertThat(Discrimination.topDecileLift(new double[] {0.5, 0.4}, new boolean[2])).isNaN();
    assertThat(Discrimination.topDecileLift(new double[0], new boolean[0])).isNaN();
  }

  @Test
  void aucInterval_followsHanleyAndMcNeil() {
    // A = 0.8 on 50 + 50 rows: SE = sqrt(0.0019804) = 0.044502 by hand
    org.icpengine.core.stats.Interval interval = Discrimination.aucInterval(0.8, 50, 50);
    assertThat(interval.low()).isCloseTo(0.8 - 1.959964 * 0.044502, within(1e-5));
    assertThat(interval.high()).isCloseTo(0.8 + 1.959964 * 0.044502, within(1e-5));
  }

  @Test
  void aucInterval_narrowsWithRowsAndCoversOneHalfForAWeakScore() {
    assertThat(Discrimination.aucInterval(0.53, 60, 240).low()).isLessThan(0.5);
    assertThat(Discrimination.aucInterval(0.53, 6_000, 24_000).low()).isGreaterThan(0.5);
    assertThat(Discrimination.aucInterval(1.0, 10, 10).high()).isEqualTo(1.0);
  }

  @Test
  void aucInterval_isMissingWithoutBothClassesAndRefusesNonsense() {
    assertThat(Discrimination.aucInterval(Double.NaN, 10, 10).low()).isNaN();
    assertThat(Discrimination.aucInterval(0.7, 0, 10).high()).isNaN();
    assertThatThrownBy(() -> Discrimination.aucInterval(1.2, 10, 10))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Discrimination.aucInterval(0.7, -1, 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aucInterval_acceptsTheEndsOfItsRange() {
    assertThat(Discrimination.aucInterval(0.0, 10, 10).low()).isZero();
    assertThat(Discrimination.aucInterval(0.7, 10, 0).high()).isNaN();
    assertThatThrownBy(() -> Discrimination.aucInterval(-0.01, 10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[0, 1]");
    assertThatThrownBy(() -> Discrimination.aucInterval(0.7, 10, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void topDecileLift_rejectsMismatchedLengthsAndNaNScores() {
    assertThatThrownBy(() -> Discrimination.topDecileLift(new double[] {0.1}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 scores, 2 labels");
    assertThatThrownBy(
            () -> Discrimination.topDecileLift(new double[] {0.1, Double.NaN}, new boolean[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 1");
  }
}
