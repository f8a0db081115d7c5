package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BitsTest {
  private static final int[] SIZES = {0, 1, 63, 64, 65, 127, 128, 1000, 4099};

  private static BitSet random(int size, double density, SplittableRandom random) {
    BitSet set = new BitSet(size);
    for (int i = 0; i < size; i++) {
      if (random.nextDouble() < density) {
        set.set(i);
      }
    }
    return set;
  }

  private static BitSet apply(BitSet a, BitSet b, String op) {
    BitSet result = (BitSet) a.clone();
    switch (op) {
      case "and" -> result.and(b);
      case "or" -> result.or(b);
      default -> result.andNot(b);
    }
    return result;
  }

  @Test
  void operations_matchJavaBitSetOnRandomData() {
    SplittableRandom random = new SplittableRandom(7);
    for (int size : SIZES) {
      for (double density : new double[] {0.01, 0.3, 0.9}) {
        BitSet a = random(size, density, random);
        BitSet b = random(size, 0.5, random);
        Bits x = Bits.from(a, size);
        Bits y = Bits.from(b, size);

        assertThat(x.cardinality()).isEqualTo(a.cardinality());
        assertThat(x.and(y)).isEqualTo(Bits.from(apply(a, b, "and"), size));
        assertThat(x.or(y)).isEqualTo(Bits.from(apply(a, b, "or"), size));
        assertThat(x.andNot(y)).isEqualTo(Bits.from(apply(a, b, "andNot"), size));
        assertThat(x.andCardinality(y)).isEqualTo(apply(a, b, "and").cardinality());
        assertThat(x.not().cardinality()).isEqualTo(size - a.cardinality());
        assertThat(x.toArray()).isEqualTo(a.stream().toArray());
        for (int i = -1; i <= size + 1; i++) {
          assertThat(x.get(i)).isEqualTo(i >= 0 && a.get(i));
          assertThat(x.nextSetBit(i)).isEqualTo(a.nextSetBit(Math.max(0, i)));
        }
      }
    }
  }

  @Test
  void previousSetBit_matchesJavaBitSet() {
    SplittableRandom random = new SplittableRandom(8);
    for (int size : SIZES) {
      BitSet a = random(size, 0.05, random);
      long[] words = Bits.from(a, size).words();
      for (int i = -1; i < size; i++) {
        assertThat(Words.previousSetBit(words, i)).isEqualTo(a.previousSetBit(i));
      }
    }
  }

  @Test
  void of_countsRepeatedRowsOnce() {
    Bits bits = Bits.of(100, 3, 3, 99, 0);

    assertThat(bits.cardinality()).isEqualTo(3);
    assertThat(bits.toArray()).containsExactly(0, 3, 99);
    assertThat(bits.size()).isEqualTo(100);
    assertThat(bits).hasToString("Bits[3 of 100]");
  }

  @Test
  void not_leavesBitsBeyondSizeClear() {
    Bits none = Bits.empty(70);

    assertThat(none.not()).isEqualTo(Bits.all(70));
    assertThat(none.not().cardinality()).isEqualTo(70);
    assertThat(Bits.all(70).not()).isEqualTo(none);
  }

  @Test
  void of_rejectsRowsOutsideTheSize() {
    assertThatThrownBy(() -> Bits.of(10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row must be in [0, 10), was 10");
    assertThatThrownBy(() -> Bits.of(10, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void from_rejectsBitSetLongerThanSize() {
    BitSet set = new BitSet();
    set.set(12);

    assertThatThrownBy(() -> Bits.from(set, 12))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 12 beyond size 12");
  }

  @Test
  void and_rejectsDifferentSizes() {
    assertThatThrownBy(() -> Bits.of(10).and(Bits.of(11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sizes differ: 10 and 11");
  }

  @Test
  void builder_cannotBeReusedAfterBuild() {
    Bits.Builder builder = Bits.builder(5).set(1);
    Bits built = builder.build();

    assertThatThrownBy(() -> builder.set(2)).isInstanceOf(IllegalStateException.class);
    assertThat(built.toArray()).containsExactly(1);
  }
}
