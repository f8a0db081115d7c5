package org.icpengine.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StrataTest {
  @Test
  void of_labelsIdealOnlyTopQuartileRetainedWithLtvToCacAtLeastThree() {
    List<Economics> economics =
        List.of(
            new Economics(10_000, 2_000, 100, false),
            new Economics(20_000, 2_000, 100, false),
            new Economics(30_000, 2_000, 100, false),
            new Economics(40_000, 2_000, 100, false),
            new Economics(50_000, 20_000, 100, false),
            new Economics(90_000, 2_000, 60, true));

    assertThat(Strata.topQuartile(economics)).isEqualTo(40_000);
    assertThat(Strata.of(economics))
        .containsExactly(
            Strata.RETAINED,
            Strata.RETAINED,
            Strata.RETAINED,
            Strata.IDEAL,
            Strata.RETAINED,
            Strata.CHURNED);
  }

  @Test
  void deal_givesEachStratumTheSameLevelProportions() {
    int[] strata = new int[1_000];
    Arrays.fill(strata, 0, 120, Strata.IDEAL);
    Arrays.fill(strata, 120, 330, Strata.CHURNED);
    Arrays.fill(strata, 330, 1_000, Strata.RETAINED);
    List<String> levels = List.of("a", "b", "c");

    String[] dealt =
        Strata.deal(strata, levels, new double[] {50, 30, 20}, new SplittableRandom(1));

    assertThat(count(dealt, 0, 120, "a")).isEqualTo(60);
    assertThat(count(dealt, 0, 120, "c")).isEqualTo(24);
    assertThat(count(dealt, 120, 330, "b")).isEqualTo(63);
    assertThat(count(dealt, 330, 1_000, "a")).isEqualTo(335);
    assertThat(dealt).doesNotContainNull();
  }

  @Test
  void deal_shufflesLevelsWithinAStratum() {
    int[] strata = new int[100];
    String[] dealt =
        Strata.deal(strata, List.of("a", "b"), new double[] {1, 1}, new SplittableRandom(1));
    List<String> firstHalf = new ArrayList<>(Arrays.asList(dealt).subList(0, 50));

    assertThat(firstHalf).contains("a", "b");
  }

  private static long count(String[] dealt, int from, int to, String level) {
    return Arrays.stream(dealt, from, to).filter(level::equals).count();
  }
}
