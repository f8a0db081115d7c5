package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RedundancyTest {
  private static List<Selector> canonical;
  private static Sample sample;

  @BeforeAll
  static void split() {
    PlantedData data = PlantedData.categorical(20_000, 6, 31);
    List<Selector> selectors = new ArrayList<>(data.selectors());
    Bits copy = data.selector(0, 1).rows().or(Bits.of(data.rows(), 0, 1, 2, 3, 4));
    selectors.add(new Selector("Z", "firmographic", "Z = copy of a1", copy));
    canonical = selectors.stream().sorted(Selector.CANONICAL).toList();
    Target target = data.binary(32, row -> data.is(row, 0, 1) && data.is(row, 1, 2) ? 0.45 : 0.1);
    sample = Halves.split(canonical, target, 0).discovery();
  }

  private static int index(String condition) {
    for (int i = 0; i < canonical.size(); i++) {
      if (canonical.get(i).condition().equals(condition)) {
        return i;
      }
    }
    throw new IllegalArgumentException(condition);
  }

  private static Candidate candidate(double quality, String... conditions) {
    int[] path =
        java.util.Arrays.stream(conditions).mapToInt(RedundancyTest::index).sorted().toArray();
    return new Candidate(path, quality);
  }

  private static Redundancy redundancy(int maxSegments) {
    return new Redundancy(sample, new ProportionComparison(1.3), maxSegments);
  }

  @Test
  void filter_dropsSegmentPaddedWithJunkSelector() {
    Redundancy redundancy = redundancy(10);
    Candidate planted = candidate(0.08, "A = a1", "B = b2");
    List<Candidate> ranked = new ArrayList<>(List.of(planted));
    for (int level = 1; level <= PlantedData.LEVELS; level++) {
      ranked.add(candidate(0.03, "A = a1", "B = b2", "D = d" + level));
    }

    List<int[]> kept = redundancy.filter(ranked, Direction.POSITIVE);

    assertThat(kept).containsExactly(planted.path());
    assertThat(redundancy.notBetterThanSimpler()).isEqualTo(PlantedData.LEVELS);
  }

  @Test
  void filter_dropsSegmentThatDoesNotBeatTheWholePopulation() {
    Redundancy redundancy = redundancy(10);

    List<int[]> kept = redundancy.filter(List.of(candidate(0.01, "E = e3")), Direction.POSITIVE);

    assertThat(kept).isEmpty();
    assertThat(redundancy.notBetterThanSimpler()).isEqualTo(1);
  }

  @Test
  void filter_dropsSegmentOverlappingABetterKeptOne() {
    Redundancy redundancy = redundancy(10);
    Candidate best = candidate(0.03, "A = a1");
    Candidate twin = candidate(0.029, "Z = copy of a1");

    List<int[]> kept = redundancy.filter(List.of(best, twin), Direction.POSITIVE);

    assertThat(kept).containsExactly(best.path());
    assertThat(redundancy.overlapping()).isEqualTo(1);
  }

  @Test
  void filter_stopsAtMaximumSegments() {
    Redundancy redundancy = redundancy(1);
    Candidate planted = candidate(0.08, "A = a1", "B = b2");

    List<int[]> kept =
        redundancy.filter(List.of(planted, candidate(0.03, "B = b2")), Direction.POSITIVE);

    assertThat(kept).containsExactly(planted.path());
    assertThat(redundancy.notBetterThanSimpler() + redundancy.overlapping()).isZero();
  }
}
