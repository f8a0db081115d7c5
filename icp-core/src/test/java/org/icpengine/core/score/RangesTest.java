package org.icpengine.core.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RangesTest {
  private static final int BINS = 33;

  /** A rising shape over 32 bins whose pairs of bins wiggle by ±0.03 around the trend. */
  private static double[] wiggly() {
    double[] shape = new double[BINS];
    shape[0] = 0.4;
    for (int b = 1; b < BINS; b++) {
      shape[b] = 0.02 * b + ((b - 1) / 2 % 2 == 0 ? 0.03 : -0.03);
    }
    return shape;
  }

  private static long[] counts() {
    long[] counts = new long[BINS];
    Arrays.fill(counts, 100);
    return counts;
  }

  private static boolean[] everyFourth() {
    return every(4);
  }

  private static boolean[] every(int step) {
    boolean[] cuts = new boolean[BINS];
    for (int b = step; b < BINS - 1; b += step) {
      cuts[b] = true;
    }
    return cuts;
  }

  @Test
  void ranges_endOnlyWhereAllowedAndNumberAtMostTheMaximum() {
    int[] range = Ranges.ranges(wiggly(), counts(), everyFourth(), 6, false);
    assertThat(range[0]).isZero();
    assertThat(Arrays.stream(range).max().getAsInt()).isBetween(2, 6);
    for (int b = 1; b < BINS - 1; b++) {
      if (range[b + 1] != range[b]) {
        assertThat(b % 4).as("a range ends after bin %d", b).isZero();
        assertThat(range[b + 1]).isEqualTo(range[b] + 1);
      }
    }
  }

  @Test
  void simplify_makesANearlyMonotoneShapeMonotone() {
    TrainingData data = uniform(20_000, 7);
    AdditiveModel model = new AdditiveModel(0, List.of(wiggly()), List.of());
    List<boolean[]> cuts = new ArrayList<>();
    cuts.add(every(2));
    double[] unsmoothed = Ranges.simplify(model, data, cuts, 16, false).mains().get(0);
    assertThat(falls(unsmoothed)).isPositive();
    double[] shape = Ranges.simplify(model, data, cuts, 6, true).mains().get(0);
    for (int b = 2; b < BINS; b++) {
      assertThat(shape[b]).isGreaterThanOrEqualTo(shape[b - 1]);
    }
    assertThat(Arrays.stream(shape, 1, BINS).distinct().count()).isLessThanOrEqualTo(6);
  }

  @Test
  void simplify_keepsAPeakWhereAMonotoneFitWouldLoseIt() {
    TrainingData data = uniform(20_000, 8);
    double[] peak = new double[BINS];
    for (int b = 1; b < BINS; b++) {
      peak[b] = -Math.abs(b - 16) / 8.0;
    }
    List<boolean[]> cuts = new ArrayList<>();
    cuts.add(everyFourth());
    double[] shape =
        Ranges.simplify(new AdditiveModel(0, List.of(peak), List.of()), data, cuts, 6, true)
            .mains()
            .get(0);
    assertThat(shape[16]).isGreaterThan(shape[1]).isGreaterThan(shape[32]);
  }

  @Test
  void simplify_regroupsInteractionsByRange() {
    TrainingData data = uniform(20_000, 9);
    int[] groups = new int[BINS];
    for (int b = 1; b < BINS; b++) {
      groups[b] = 1 + (b - 1) / 2;
    }
    double[][] values = new double[17][17];
    values[16][16] = 1;
    PairTerm pair = new PairTerm(0, 0, groups, groups, values);
    List<boolean[]> cuts = new ArrayList<>();
    cuts.add(everyFourth());
    AdditiveModel simple =
        Ranges.simplify(
            new AdditiveModel(0, List.of(wiggly()), List.of(pair)), data, cuts, 6, true);
    PairTerm regrouped = simple.pairs().get(0);
    double[] shape = simple.mains().get(0);
    for (int b = 2; b < BINS; b++) {
      boolean sameRange = shape[b] == shape[b - 1];
      assertThat(regrouped.firstGroups()[b] == regrouped.firstGroups()[b - 1]).isEqualTo(sameRange);
    }
  }

  private static int falls(double[] shape) {
    int falls = 0;
    for (int b = 2; b < shape.length; b++) {
      falls += shape[b] < shape[b - 1] ? 1 : 0;
    }
    return falls;
  }

  private static TrainingData uniform(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[][] codes = new byte[1][rows];
    boolean[] labels = new boolean[rows];
    for (int i = 0; i < rows; i++) {
      codes[0][i] = (byte) random.nextInt(BINS);
      labels[i] = random.nextBoolean();
    }
    return new TrainingData(List.of("x"), new int[] {BINS}, codes, labels);
  }
}
