package org.icpengine.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderTest {

  @Test
  void ascending_matchesAStableLibrarySort() {
    double[] keys = randomKeys(5000, 3);

    Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.comparingDouble(i -> keys[i]));

    assertThat(Order.ascending(keys)).containsExactly(unbox(expected));
  }

  @Test
  void descending_matchesAStableLibrarySort() {
    double[] keys = randomKeys(4097, 5);

    Integer[] expected = IntStream.range(0, keys.length).boxed().toArray(Integer[]::new);
    Arrays.sort(expected, Comparator.comparingDouble(i -> -keys[i]));

    assertThat(Order.descending(keys)).containsExactly(unbox(expected));
  }

  @Test
  void ordersTinyInputs() {
    assertThat(Order.ascending(new double[0])).isEmpty();
    assertThat(Order.ascending(new double[] {2, 1, 2, 0})).containsExactly(3, 1, 0, 2);
    assertThat(Order.descending(new double[] {2, 1, 2, 0})).containsExactly(0, 2, 1, 3);
  }

  private static double[] randomKeys(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] keys = new double[n];
    for (int i = 0; i < n; i++) {
      keys[i] = random.nextInt(50) + 1;
    }
    return keys;
  }

  private static int[] unbox(Integer[] boxed) {
    return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
  }
}
