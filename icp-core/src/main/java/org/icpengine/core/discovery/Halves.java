package org.icpengine.core.discovery;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The seeded split of the rows into a discovery half, where segments are searched, and a holdout
 * half, where the survivors are confirmed. The split is stratified: for a binary target each class
 * is dealt alternately into the halves after a seeded shuffle; for a numeric target the rows are
 * ranked by value and each consecutive pair is split by a seeded coin, so both halves see the same
 * spread of values. Rows without a numeric value are in neither half.
 *
 * @param discovery the half the search runs on
 * @param holdout the half the survivors are confirmed on
 */
record Halves(Sample discovery, Sample holdout) {
  private static final byte NEITHER = -1;

  /** Returns the rows that took part, the sum of both halves. */
  int rows() {
    return discovery.rows() + holdout.rows();
  }

  /** Splits the rows of {@code target} and restricts the canonical selectors to each half. */
  static Halves split(List<Selector> selectors, Target target, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    if (target instanceof Target.Numeric numeric) {
      return splitNumeric(selectors, numeric, random);
    }
    return splitBinary(selectors, ((Target.Binary) target).positives(), random);
  }

  private static Halves splitNumeric(
      List<Selector> selectors, Target.Numeric numeric, SplittableRandom random) {
    int[] order = descending(numeric);
    Layout layout = new Layout(order, pairwise(order, numeric.size(), random));
    long[][][] restricted = layout.restrict(selectors);
    double sign = numeric.higherIsBetter() ? 1 : -1;
    return new Halves(
        Sample.numeric(layout.sizes[0], restricted[0], layout.values(numeric, 0), sign),
        Sample.numeric(layout.sizes[1], restricted[1], layout.values(numeric, 1), sign));
  }

  private static Halves splitBinary(
      List<Selector> selectors, Bits positives, SplittableRandom random) {
    byte[] half = stratified(positives, random);
    Layout layout = new Layout(IntStream.range(0, positives.size()).toArray(), half);
    long[][][] restricted = layout.restrict(selectors);
    long[][] positiveHalves = layout.restrict(positives.words());
    return new Halves(
        Sample.binary(layout.sizes[0], restricted[0], positiveHalves[0]),
        Sample.binary(layout.sizes[1], restricted[1], positiveHalves[1]));
  }

  private static byte[] stratified(Bits positives, SplittableRandom random) {
    int[] yes = positives.toArray();
    int[] no = positives.not().toArray();
    shuffle(yes, random);
    shuffle(no, random);
    byte[] half = new byte[positives.size()];
    int offset = random.nextInt(2);
    for (int i = 0; i < yes.length; i++) {
      half[yes[i]] = (byte) ((i + offset) & 1);
    }
    for (int i = 0; i < no.length; i++) {
      half[no[i]] = (byte) ((i + yes.length + offset) & 1);
    }
    return half;
  }

  private static byte[] pairwise(int[] order, int size, SplittableRandom random) {
    byte[] half = new byte[size];
    Arrays.fill(half, NEITHER);
    for (int i = 0; i < order.length; i += 2) {
      int first = random.nextInt(2);
      half[order[i]] = (byte) first;
      if (i + 1 < order.length) {
        half[order[i + 1]] = (byte) (1 - first);
      }
    }
    return half;
  }

  /**
   * Returns the rows with a value, from the best oriented value to the worst, ties in row order.
   * Sorts primitive keys and places each row after the equal keys already placed, which keeps the
   * order stable without boxing a million indices.
   */
  private static int[] descending(Target.Numeric numeric) {
    double sign = numeric.higherIsBetter() ? -1 : 1;
    double[] keys =
        IntStream.range(0, numeric.size())
            .mapToDouble(numeric::value)
            .filter(value -> !Double.isNaN(value))
            .map(value -> sign * value + 0.0)
            .toArray();
    Arrays.sort(keys);
    int[] order = new int[keys.length];
    int[] placed = new int[keys.length];
    for (int row = 0; row < numeric.size(); row++) {
      double value = numeric.value(row);
      if (!Double.isNaN(value)) {
        int first = lowerBound(keys, sign * value + 0.0);
        order[first + placed[first]++] = row;
      }
    }
    return order;
  }

  private static int lowerBound(double[] sorted, double key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] < key) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private static void shuffle(int[] rows, SplittableRandom random) {
    for (int i = rows.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = rows[i];
      rows[i] = rows[j];
      rows[j] = swap;
    }
  }

  /** Where each original row goes: its half and its number within that half. */
  private static final class Layout {
    private final byte[] half;
    private final int[] position;
    private final int[] sizes = new int[2];
    private final int[] order;

    Layout(int[] order, byte[] half) {
      this.order = order;
      this.half = half;
      this.position = new int[half.length];
      for (int row : order) {
        position[row] = sizes[half[row]]++;
      }
    }

    /** Returns the selectors' words per half: result[half][selector]. */
    long[][][] restrict(List<Selector> selectors) {
      long[][][] result = new long[2][selectors.size()][];
      for (int i = 0; i < selectors.size(); i++) {
        long[][] halves = restrict(selectors.get(i).rows().words());
        result[0][i] = halves[0];
        result[1][i] = halves[1];
      }
      return result;
    }

    /** Restricts full-size words to each half; both halves in one pass over the set bits. */
    long[][] restrict(long[] words) {
      long[][] result = {new long[Words.count(sizes[0])], new long[Words.count(sizes[1])]};
      for (int w = 0; w < words.length; w++) {
        for (long word = words[w]; word != 0; word &= word - 1) {
          int row = (w << 6) + Long.numberOfTrailingZeros(word);
          if (half[row] != NEITHER) {
            Words.set(result[half[row]], position[row]);
          }
        }
      }
      return result;
    }

    double[] values(Target.Numeric numeric, int which) {
      double[] result = new double[sizes[which]];
      double sign = numeric.higherIsBetter() ? 1 : -1;
      for (int row : order) {
        if (half[row] == which) {
          result[position[row]] = sign * numeric.value(row);
        }
      }
      return result;
    }
  }
}
