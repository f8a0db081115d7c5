package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RankSumsTest {

  @ParameterizedTest
  @EnumSource(AlternativeHypothesis.class)
  void asymptotic_matchesCommonsStatisticsWithTies(AlternativeHypothesis alternative) {
    SplittableRandom random = new SplittableRandom(4);
    int rows = 3000;
    double[] descending = new double[rows];
    for (int row = 0; row < rows; row++) {
      descending[row] = random.nextInt(40);
    }
    Arrays.sort(descending);
    for (int i = 0; i < rows / 2; i++) {
      double swap = descending[i];
      descending[i] = descending[rows - 1 - i];
      descending[rows - 1 - i] = swap;
    }
    long[] x = new long[Words.count(rows)];
    long[] y = new long[Words.count(rows)];
    for (int row = 0; row < rows; row++) {
      double draw = random.nextDouble();
      if (draw < 0.2 + 0.1 * row / rows) {
        Words.set(x, row);
      } else if (draw < 0.7) {
        Words.set(y, row);
      }
    }

    double p = RankSums.asymptotic(descending, x, y, alternative);

    double expected =
        MannWhitneyUTest.withDefaults()
            .with(PValueMethod.ASYMPTOTIC)
            .with(alternative)
            .test(values(descending, x), values(descending, y))
            .getPValue();
    assertThat(p).isCloseTo(expected, within(1e-9 + 1e-6 * expected));
    assertThat(p).isBetween(0.0, 1.0);
  }

  private static double[] values(double[] all, long[] rows) {
    return Bits.wrap(all.length, rows).stream().mapToDouble(row -> all[row]).toArray();
  }
}
