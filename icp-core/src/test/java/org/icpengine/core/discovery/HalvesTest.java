package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalvesTest {
  private static final PlantedData DATA = PlantedData.categorical(5001, 3, 2);
  private static final List<Selector> SELECTORS =
      DATA.selectors().stream().sorted(Selector.CANONICAL).toList();

  @Test
  void split_stratifiesBinaryTargetAndKeepsEverySelectorRow() {
    Target target = DATA.binary(3, row -> 0.1);
    int positives = ((Target.Binary) target).positives().cardinality();

    Halves halves = Halves.split(SELECTORS, target, 1);

    Sample a = halves.discovery();
    Sample b = halves.holdout();
    assertThat(a.rows() + b.rows()).isEqualTo(5001);
    assertThat(Math.abs(a.rows() - b.rows())).isLessThanOrEqualTo(1);
    int positivesA = Words.cardinality(a.positives());
    int positivesB = Words.cardinality(b.positives());
    assertThat(positivesA + positivesB).isEqualTo(positives);
    assertThat(Math.abs(positivesA - positivesB)).isLessThanOrEqualTo(1);
    for (int i = 0; i < SELECTORS.size(); i++) {
      assertThat(Words.cardinality(a.selector(i)) + Words.cardinality(b.selector(i)))
          .isEqualTo(SELECTORS.get(i).rows().cardinality());
    }
  }

  @Test
  void split_dependsOnlyOnTheSeed() {
    Target target = DATA.binary(3, row -> 0.3);

    Halves first = Halves.split(SELECTORS, target, 5);
    Halves again = Halves.split(SELECTORS, target, 5);
    Halves other = Halves.split(SELECTORS, target, 6);

    assertThat(first.discovery().selector(0)).isEqualTo(again.discovery().selector(0));
    assertThat(first.discovery().positives()).isEqualTo(again.discovery().positives());
    assertThat(first.discovery().selector(0)).isNotEqualTo(other.discovery().selector(0));
  }

  @Test
  void split_dropsMissingValuesAndSortsEachHalfBestFirst() {
    double[] values = DATA.values(4, row -> 1);
    values[0] = Double.NaN;
    values[10] = Double.NaN;

    Halves halves = Halves.split(SELECTORS, Target.numeric(values, true), 1);

    assertThat(halves.rows()).isEqualTo(4999);
    for (Sample sample : List.of(halves.discovery(), halves.holdout())) {
      double[] sorted = sample.values();
      for (int i = 1; i < sorted.length; i++) {
        assertThat(sorted[i]).isLessThanOrEqualTo(sorted[i - 1]);
      }
    }
    double known = Arrays.stream(values).filter(v -> !Double.isNaN(v)).sum();
    double split =
        Arrays.stream(halves.discovery().values()).sum()
            + Arrays.stream(halves.holdout().values()).sum();
    assertThat(split).isCloseTo(known, org.assertj.core.api.Assertions.within(1e-6 * known));
  }

  @Test
  void split_negatesLowerIsBetterValues() {
    double[] values = DATA.values(4, row -> 1);

    Halves halves = Halves.split(SELECTORS, Target.numeric(values, false), 1);

    assertThat(halves.discovery().sign()).isEqualTo(-1);
    double best = Math.max(halves.discovery().values()[0], halves.holdout().values()[0]);
    assertThat(best).isEqualTo(-Arrays.stream(values).min().orElseThrow());
  }
}
