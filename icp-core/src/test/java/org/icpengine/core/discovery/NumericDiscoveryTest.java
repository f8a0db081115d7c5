package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NumericDiscoveryTest {
  private static final Set<String> HIGH = Set.of("D = d1", "E = e4");
  private static final Set<String> LOW = Set.of("F = f2");
  private static final Set<String> PLANTED_ATTRIBUTES = Set.of("D", "E", "F");

  private static PlantedData data;
  private static double[] values;
  private static DiscoveryResult ltv;
  private static DiscoveryResult cac;

  @BeforeAll
  static void discover() {
    data = PlantedData.categorical(20_000, 10, 41);
    values = data.values(42, NumericDiscoveryTest::scale);
    for (int row = 0; row < values.length; row += 20) {
      values[row] = Double.NaN;
    }
    ltv = Discovery.discover(data.selectors(), Target.numeric(values, true), options());
    cac = Discovery.discover(data.selectors(), Target.numeric(values, false), options());
  }

  private static DiscoveryOptions options() {
    return DiscoveryOptions.builder().seed(7).build();
  }

  private static double scale(int row) {
    double high = data.is(row, 3, 1) && data.is(row, 4, 4) ? 2 : 1;
    return data.is(row, 5, 2) ? 0.6 * high : high;
  }

  @Test
  void discover_findsPlantedHighValueSegment() {
    Finding best = ltv.positives().get(0);

    assertThat(DiscoveryTest.conditions(best)).isEqualTo(HIGH);
    assertThat(best.direction()).isEqualTo(Direction.POSITIVE);
    assertThat(best.effect().low()).isGreaterThan(0);
    assertThat(best.standardisedEffect()).isGreaterThan(1);
    assertThat(best.holdout().mean()).isBetween(1_800.0, 2_400.0);
    assertThat(best.qValue()).isLessThan(0.05);
  }

  @Test
  void discover_findsPlantedLowValueSegmentAsNegative() {
    Finding worst = ltv.negatives().get(0);

    assertThat(DiscoveryTest.conditions(worst)).isEqualTo(LOW);
    assertThat(worst.effect().high()).isLessThan(0);
    assertThat(worst.standardisedEffect()).isNegative();
  }

  @Test
  void discover_flipsDirectionWhenLowerIsBetter() {
    Finding cheap = cac.positives().get(0);
    Finding costly = cac.negatives().get(0);

    assertThat(DiscoveryTest.conditions(cheap)).isEqualTo(LOW);
    assertThat(cheap.effect().value()).isNegative();
    assertThat(cheap.standardisedEffect()).isPositive();
    assertThat(DiscoveryTest.conditions(costly)).isEqualTo(HIGH);
    assertThat(costly.effect().low()).isPositive();
    assertThat(costly.standardisedEffect()).isNegative();
  }

  @Test
  void discover_leavesOutRowsWithoutValue() {
    assertThat(ltv.counts().rows()).isEqualTo(19_000);
    assertThat(ltv.counts().discoveryRows()).isEqualTo(9_500);
  }

  @Test
  void discover_publishesNoSegmentMadeOfNoiseAttributes() {
    assertThat(ltv.published())
        .allSatisfy(
            finding ->
                assertThat(finding.segment().selectors())
                    .extracting(Selector::attribute)
                    .containsAnyElementsOf(PLANTED_ATTRIBUTES));
  }

  @Test
  void discover_countsRowsBetterThanMeanAsPositives() {
    Finding best = ltv.positives().get(0);
    Finding worst = ltv.negatives().get(0);

    assertThat((double) best.segment().positives() / best.segment().support()).isGreaterThan(0.6);
    assertThat((double) worst.segment().positives() / worst.segment().support()).isLessThan(0.2);
  }
}
