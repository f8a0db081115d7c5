package org.icpengine.data.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.junit.jupiter.api.Test;

class PackedCodesTest {
  @Test
  void bits_areWhatTheLargestCodeNeeds() {
    assertThat(PackedCodes.bits(1)).isEqualTo(1);
    assertThat(PackedCodes.bits(2)).isEqualTo(1);
    assertThat(PackedCodes.bits(3)).isEqualTo(2);
    assertThat(PackedCodes.bits(16)).isEqualTo(4);
    assertThat(PackedCodes.bits(17)).isEqualTo(5);
    assertThat(PackedCodes.bits(Integer.MAX_VALUE)).isEqualTo(31);
  }

  @Test
  void unpack_givesBackTheCodesTheEnginePackedAtTheBitLimits() {
    // 31 + 31 + 1 bits fill a word; 26 attributes of 12 bins (4 bits) and one of 19 bits fill two
    int[] bins = new int[30];
    bins[0] = Integer.MAX_VALUE;
    bins[1] = Integer.MAX_VALUE;
    bins[2] = 2;
    Arrays.fill(bins, 3, 29, 12);
    bins[29] = 1 << 19;
    PackedCodes packing = PackedCodes.of(bins);
    assertThat(packing.words()).isEqualTo(3);
    try (Engine engine = Engine.open("1GB")) {
      for (int[] codes : List.of(largest(bins), new int[bins.length], alternate(bins))) {
        assertThat(unpack(engine, packing, codes)).containsExactly(codes);
      }
    }
  }

  private static int[] unpack(Engine engine, PackedCodes packing, int[] codes) {
    List<String> columns = new ArrayList<>();
    for (int code : codes) {
      columns.add("CAST(" + code + " AS INTEGER)");
    }
    String select = "SELECT " + String.join(", ", packing.sql(columns));
    long[] packed =
        engine
            .query(
                select,
                r -> {
                  long[] words = new long[packing.words()];
                  for (int w = 0; w < words.length; w++) {
                    words[w] = r.getLong(w + 1);
                  }
                  return words;
                })
            .get(0);
    assertThat(Arrays.stream(packed).min().orElse(0)).isNotNegative();
    int[] back = new int[codes.length];
    packing.unpack(packed, back);
    return back;
  }

  private static int[] largest(int[] bins) {
    return Arrays.stream(bins).map(b -> b - 1).toArray();
  }

  private static int[] alternate(int[] bins) {
    int[] codes = largest(bins);
    for (int i = 0; i < codes.length; i += 2) {
      codes[i] = i % 4 == 0 ? 0 : 1;
    }
    return codes;
  }
}
