package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
  private static final String A1 = "A = a1";
  private static final String B2 = "B = b2";
  private static final String C3 = "C = c3";
  private static final Set<String> PLANTED_ATTRIBUTES = Set.of("A", "B", "C");

  private static PlantedData data;
  private static Target target;
  private static DiscoveryResult result;

  @BeforeAll
  static void discoverPlantedRules() {
    data = PlantedData.categorical(20_000, 10, 11);
    target = data.binary(12, DiscoveryTest::idealProbability);
    result = Discovery.discover(data.selectors(), target, DiscoveryOptions.defaults());
  }

  private static double idealProbability(int row) {
    if (data.is(row, 2, 3)) {
      return 0.01;
    }
    return data.is(row, 0, 1) && data.is(row, 1, 2) ? 0.45 : 0.1;
  }

  static Set<String> conditions(Finding finding) {
    return finding.segment().selectors().stream()
        .map(Selector::condition)
        .collect(Collectors.toSet());
  }

  @Test
  void discover_publishesPlantedConjunction() {
    assertThat(result.positives()).extracting(DiscoveryTest::conditions).contains(Set.of(A1, B2));
    Finding planted =
        result.positives().stream()
            .filter(f -> conditions(f).equals(Set.of(A1, B2)))
            .findFirst()
            .orElseThrow();
    assertThat(planted.effect().value()).isBetween(3.0, 6.0);
    assertThat(planted.effect().low()).isGreaterThan(1.3);
    assertThat(planted.qValue()).isLessThan(0.05);
    assertThat(result.positives().get(0)).isEqualTo(planted);
  }

  @Test
  void discover_publishesPlantedDisqualifierAsNegative() {
    assertThat(result.negatives()).extracting(DiscoveryTest::conditions).contains(Set.of(C3));
    Finding disqualifier = result.negatives().get(0);
    assertThat(conditions(disqualifier)).containsExactly(C3);
    assertThat(disqualifier.effect().high()).isLessThan(1 / 1.3);
    assertThat(disqualifier.standardisedEffect()).isNegative();
  }

  @Test
  void discover_publishesNoSegmentMadeOfNoiseAttributes() {
    assertThat(result.published())
        .isNotEmpty()
        .allSatisfy(
            finding ->
                assertThat(finding.segment().selectors())
                    .extracting(Selector::attribute)
                    .containsAnyElementsOf(PLANTED_ATTRIBUTES));
  }

  @Test
  void discover_publishesNoPlantedConjunctionPaddedWithNoise() {
    assertThat(result.positives())
        .noneSatisfy(f -> assertThat(conditions(f)).contains(A1, B2).hasSize(3));
  }

  @Test
  void discover_givesIdenticalResultsForShuffledSelectors() {
    List<Selector> shuffled = new ArrayList<>(data.selectors());
    Collections.shuffle(shuffled, new Random(3));

    DiscoveryResult again = Discovery.discover(shuffled, target, DiscoveryOptions.defaults());

    assertThat(again).isEqualTo(result);
  }

  @Test
  void discover_reportsCountsOfTheSearch() {
    DiscoveryCounts counts = result.counts();

    assertThat(counts.rows()).isEqualTo(20_000);
    assertThat(counts.discoveryRows() + counts.holdoutRows()).isEqualTo(20_000);
    assertThat(Math.abs(counts.discoveryRows() - counts.holdoutRows())).isLessThanOrEqualTo(1);
    assertThat(counts.selectors()).isEqualTo(50);
    assertThat(counts.evaluated()).isGreaterThan(10_000);
    assertThat(counts.kept()).isEqualTo(400);
    assertThat(counts.confirmed()).isLessThanOrEqualTo(20);
    assertThat(counts.published()).isEqualTo(result.published().size());
    assertThat(result.depth()).isEqualTo(3);
    assertThat(result.smallSample()).isFalse();
  }

  @Test
  void discover_rejectsDuplicateSelectors() {
    List<Selector> twice = List.of(data.selector(0, 1), data.selector(0, 1));

    assertThatThrownBy(() -> Discovery.discover(twice, target, DiscoveryOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate selector")
        .hasMessageContaining(A1);
  }

  @Test
  void discover_rejectsSelectorOfOtherSize() {
    Selector small = new Selector("Z", "firmographic", "Z = z1", Bits.of(10, 1));

    assertThatThrownBy(
            () -> Discovery.discover(List.of(small), target, DiscoveryOptions.defaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ranges over 10 rows, the target over 20000");
  }

  @Test
  void discover_respectsMinimumSupport() {
    DiscoveryOptions options = DiscoveryOptions.builder().minSupport(1_000).build();

    DiscoveryResult strict = Discovery.discover(data.selectors(), target, options);

    assertThat(findings(strict))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.segment().support()).isGreaterThanOrEqualTo(500));
    assertThat(findings(strict))
        .extracting(DiscoveryTest::conditions)
        .doesNotContain(Set.of(A1, B2));
  }

  @Test
  void discover_respectsMinimumPositives() {
    DiscoveryOptions options = DiscoveryOptions.builder().minPositives(400).build();

    DiscoveryResult strict = Discovery.discover(data.selectors(), target, options);

    assertThat(findings(strict))
        .filteredOn(f -> f.direction() == Direction.POSITIVE)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.segment().positives()).isGreaterThanOrEqualTo(200));
    assertThat(findings(strict))
        .extracting(DiscoveryTest::conditions)
        .doesNotContain(Set.of(A1, B2));
  }

  @Test
  void discover_capsDepthAndFlagsSmallSample() {
    PlantedData small = PlantedData.categorical(500, 6, 43);
    Target smallTarget = small.binary(44, row -> small.is(row, 0, 1) ? 0.4 : 0.1);

    DiscoveryResult found =
        Discovery.discover(small.selectors(), smallTarget, DiscoveryOptions.defaults());

    assertThat(found.smallSample()).isTrue();
    assertThat(found.depth()).isEqualTo(2);
    assertThat(findings(found))
        .allSatisfy(f -> assertThat(f.segment().depth()).isLessThanOrEqualTo(2));
    assertThat(found.positives()).extracting(DiscoveryTest::conditions).contains(Set.of(A1));
  }

  @Test
  void discover_keepsRequestedDepthOfOneOnLargeData() {
    DiscoveryOptions options = DiscoveryOptions.builder().maxDepth(1).build();

    DiscoveryResult shallow = Discovery.discover(data.selectors(), target, options);

    assertThat(shallow.depth()).isEqualTo(1);
    assertThat(findings(shallow)).allSatisfy(f -> assertThat(f.segment().depth()).isEqualTo(1));
    assertThat(shallow.negatives()).extracting(DiscoveryTest::conditions).contains(Set.of(C3));
  }

  @Test
  void discover_isReproducibleForOneSeedAndVariesWithIt() {
    DiscoveryOptions seeded = DiscoveryOptions.builder().seed(99).build();

    DiscoveryResult first = Discovery.discover(data.selectors(), target, seeded);
    DiscoveryResult again = Discovery.discover(data.selectors(), target, seeded);

    assertThat(again).isEqualTo(first);
    assertThat(first.positives().get(0).segment().support())
        .isNotEqualTo(result.positives().get(0).segment().support());
  }

  @Test
  void discover_publishesOnlyFindingsThatPassEveryCheck() {
    assertThat(result.positives())
        .allSatisfy(
            f -> {
              assertThat(f.effect().value()).isGreaterThanOrEqualTo(1.3);
              assertThat(f.effect().low()).isGreaterThan(1);
              assertThat(f.qValue()).isLessThanOrEqualTo(0.05);
            });
    assertThat(result.negatives())
        .allSatisfy(
            f -> {
              assertThat(f.effect().value()).isLessThanOrEqualTo(1 / 1.3);
              assertThat(f.effect().high()).isLessThan(1);
              assertThat(f.qValue()).isLessThanOrEqualTo(0.05);
            });
    assertThat(result.rejected()).allSatisfy(f -> assertThat(f.published()).isFalse());
  }

  private static List<Finding> findings(DiscoveryResult found) {
    List<Finding> all = new ArrayList<>(found.published());
    all.addAll(found.rejected());
    return all;
  }
}
