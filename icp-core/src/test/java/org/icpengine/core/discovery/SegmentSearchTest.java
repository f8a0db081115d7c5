package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SegmentSearchTest {
  private static final int ROWS = 3000;
  private static final int ATTRIBUTES = 7;

  private static PlantedData data() {
    return PlantedData.categorical(ROWS, ATTRIBUTES, 21);
  }

  private static double probability(PlantedData data, int row) {
    if (data.is(row, 2, 3)) {
      return 0.02;
    }
    return data.is(row, 0, 1) && data.is(row, 1, 2) ? 0.5 : 0.15;
  }

  private static Halves halves(boolean numeric) {
    PlantedData data = data();
    List<Selector> canonical = data.selectors().stream().sorted(Selector.CANONICAL).toList();
    Target target =
        numeric
            ? Target.numeric(data.values(5, row -> 1 + probability(data, row)), true)
            : data.binary(5, row -> probability(data, row));
    return Halves.split(canonical, target, 9);
  }

  private static int[] attributes() {
    int[] attributes = new int[ATTRIBUTES * PlantedData.LEVELS];
    for (int i = 0; i < attributes.length; i++) {
      attributes[i] = i / PlantedData.LEVELS;
    }
    return attributes;
  }

  private static Scorer scorer(Sample sample, double exponent, int minSupport) {
    return sample.isNumeric()
        ? new NumericScorer(sample, exponent, minSupport)
        : new BinaryScorer(sample, exponent, minSupport, 8);
  }

  @ParameterizedTest
  @CsvSource({
    "false, 0.5, 3, 10",
    "false, 1.0, 3, 10",
    "false, 0.0, 3, 3",
    "false, 0.2, 3, 1",
    "true, 0.5, 3, 1",
    "true, 1.0, 3, 3",
    "true, 1.0, 3, 1"
  })
  void run_prunesYetKeepsExactlyTheTopKOfAFullEnumeration(
      boolean numeric, double exponent, int depth, int topK) {
    Sample sample = halves(numeric).discovery();
    int minSupport = 30;
    Scorer scorer = scorer(sample, exponent, minSupport);

    SegmentSearch.Outcome outcome =
        new SegmentSearch(sample, scorer, attributes(), depth, minSupport, topK).run();

    for (Direction direction : Direction.values()) {
      List<Candidate> expected =
          bruteForce(sample, scorer, depth, minSupport, direction).stream().limit(topK).toList();
      assertThat(outcome.ranked(direction)).hasSize(topK).isEqualTo(expected);
    }
    assertThat(outcome.pruned()).isPositive();
  }

  @Test
  void run_neverCombinesSelectorsOfOneAttribute() {
    Sample sample = halves(false).discovery();
    int[] attributes = attributes();

    SegmentSearch.Outcome outcome =
        new SegmentSearch(sample, scorer(sample, 0.5, 1), attributes, 3, 1, 5000).run();

    assertThat(outcome.positives()).hasSizeGreaterThan(100);
    assertThat(outcome.positives())
        .allSatisfy(
            candidate ->
                assertThat(java.util.Arrays.stream(candidate.path()).map(i -> attributes[i]))
                    .doesNotHaveDuplicates());
  }

  private static List<Candidate> bruteForce(
      Sample sample, Scorer scorer, int depth, int minSupport, Direction direction) {
    List<Candidate> all = new ArrayList<>();
    enumerate(new int[0], depth, sample, scorer, minSupport, direction, all);
    all.sort(Comparator.comparing(c -> c, Candidate.BEST_FIRST));
    return all;
  }

  private static void enumerate(
      int[] prefix,
      int depth,
      Sample sample,
      Scorer scorer,
      int minSupport,
      Direction direction,
      List<Candidate> out) {
    if (prefix.length == depth) {
      return;
    }
    int from = prefix.length == 0 ? 0 : prefix[prefix.length - 1] + 1;
    for (int j = from; j < sample.selectorCount(); j++) {
      int attribute = j / PlantedData.LEVELS;
      if (java.util.Arrays.stream(prefix).anyMatch(i -> i / PlantedData.LEVELS == attribute)) {
        continue;
      }
      int[] path = java.util.Arrays.copyOf(prefix, prefix.length + 1);
      path[prefix.length] = j;
      Tally tally = new Tally();
      scorer.count(sample.rowsOf(path), sample.all(), tally);
      if (tally.support >= minSupport && scorer.admits(direction, tally)) {
        double quality = scorer.quality(direction, tally);
        if (quality > 0) {
          out.add(new Candidate(path, quality));
        }
      }
      enumerate(path, depth, sample, scorer, minSupport, direction, out);
    }
  }
}
