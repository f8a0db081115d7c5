package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {

  @Test
  void fit_recoversKnownCoefficients() {
    Sample sample = sample(50_000, 17);

    LogisticFit fit = LogisticRegression.fit(sample.design(), sample.labels, 0, 50, 1e-12);

    assertThat(fit.converged()).isTrue();
    assertThat(fit.coefficients()).containsExactly(new double[] {-1, 0.8, -0.5}, within(0.05));
  }

  @Test
  void fit_shrinksCoefficientsButNotTheInterceptUnderAPenalty() {
    Sample sample = sample(5_000, 19);

    LogisticFit plain = LogisticRegression.fit(sample.design(), sample.labels, 0, 50, 1e-12);
    LogisticFit ridge = LogisticRegression.fit(sample.design(), sample.labels, 2_000, 50, 1e-12);

    assertThat(Math.abs(ridge.coefficients()[1])).isLessThan(Math.abs(plain.coefficients()[1]));
    assertThat(Math.abs(ridge.coefficients()[2])).isLessThan(Math.abs(plain.coefficients()[2]));
    // The intercept is free: it still matches the overall ideal rate roughly.
    assertThat(ridge.coefficients()[0]).isLessThan(-0.5);
  }

  @Test
  void fit_rejectsASingleClass() {
    Sample sample = sample(10, 3);

    assertThatThrownBy(() -> LogisticRegression.fit(sample.design(), new boolean[10], 0, 50, 1e-9))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both");
  }

  @Test
  void sigmoid_isStableForLargeArguments() {
    assertThat(LogisticRegression.sigmoid(800)).isEqualTo(1.0);
    assertThat(LogisticRegression.sigmoid(-800)).isEqualTo(0.0);
    assertThat(LogisticRegression.sigmoid(0)).isEqualTo(0.5);
    assertThat(LogisticRegression.sigmoid(-40)).isCloseTo(Math.exp(-40), within(1e-30));
  }

  @Test
  void fit_survivesExtremeLinearPredictors() {
    // A design column of huge values: the log-likelihood must stay finite (no exp overflow).
    double[] x = {-400, -300, -1, 1, 300, 400};
    boolean[] labels = {false, false, true, false, true, true};
    Design design =
        new Design() {
          @Override
          public int rows() {
            return x.length;
          }

          @Override
          public int columns() {
            return 1;
          }

          @Override
          public void fill(int row, double[] into) {
            into[0] = x[row];
          }
        };

    LogisticFit fit = LogisticRegression.fit(design, labels, 0, 50, 1e-12);

    assertThat(fit.logLikelihood()).isFinite();
    assertThat(fit.coefficients()[1]).isPositive();
  }

  private static Sample sample(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[][] x = new double[n][2];
    boolean[] labels = new boolean[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = gaussian(random);
      x[i][1] = gaussian(random);
      double eta = -1 + 0.8 * x[i][0] - 0.5 * x[i][1];
      labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
    }
    return new Sample(x, labels);
  }

  private static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private record Sample(double[][] x, boolean[] labels) {
    Design design() {
      return new Design() {
        @Override
        public int rows() {
          return x.length;
        }

        @Override
        public int columns() {
          return 2;
        }

        @Override
        public void fill(int row, double[] into) {
          into[0] = x[row][0];
          into[1] = x[row][1];
        }
      };
    }
  }
}
