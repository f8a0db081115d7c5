package org.icpengine.core.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

class NullDiscoveryTest {
  /**
   * Enough runs for the claim to be checked, not only allowed: with 200 runs, the one-sided 95 %
   * upper bound of the false-publishing rate stays under 5 % only if at most 5 runs publish.
   */
  private static final int RUNS = 200;

  @Test
  void discover_publishesNothingForPermutedTarget_withTheRatesUpperBoundUnderFivePercent() {
    long runsPublishing =
        IntStream.range(0, RUNS)
            .filter(
                run -> {
                  PlantedData data = PlantedData.categorical(5_000, 10, 100 + run);
                  Target.Binary planted =
                      (Target.Binary)
                          data.binary(
                              200 + run,
                              row -> data.is(row, 0, 1) && data.is(row, 1, 2) ? 0.45 : 0.1);
                  Target permuted = PlantedData.permuted(planted, 300 + run);
                  DiscoveryOptions options = DiscoveryOptions.builder().seed(run).build();
                  return !Discovery.discover(data.selectors(), permuted, options)
                      .published()
                      .isEmpty();
                })
            .count();

    // Clopper–Pearson: the upper bound is the 95th percentile of Beta(x + 1, n − x).
    double upper =
        BetaDistribution.of(runsPublishing + 1, RUNS - runsPublishing)
            .inverseCumulativeProbability(0.95);
    assertThat(upper).as("%d of %d runs published", runsPublishing, RUNS).isLessThan(0.05);
  }

  @Test
  void discover_publishesNothingWhenTargetHasOneClass() {
    PlantedData data = PlantedData.categorical(2_000, 4, 5);

    DiscoveryResult result =
        Discovery.discover(data.selectors(), data.binary(6, row -> 0), DiscoveryOptions.defaults());

    assertThat(result.published()).isEmpty();
    assertThat(result.counts().evaluated()).isZero();
  }

  @Test
  void discover_publishesNothingForConstantNumericTarget() {
    PlantedData data = PlantedData.categorical(2_000, 4, 5);

    DiscoveryResult result =
        Discovery.discover(
            data.selectors(),
            Target.numeric(new double[data.rows()], true),
            DiscoveryOptions.defaults());

    assertThat(result.published()).isEmpty();
  }

  @Test
  void discover_handlesDataWithoutRowsOrValues() {
    Selector none = new Selector("A", "firmographic", "A = a1", Bits.empty(0));
    Selector unknown = new Selector("A", "firmographic", "A = a1", Bits.all(3));
    double[] missing = {Double.NaN, Double.NaN, Double.NaN};

    DiscoveryResult empty =
        Discovery.discover(
            List.of(none), Target.binary(Bits.empty(0)), DiscoveryOptions.defaults());
    DiscoveryResult unvalued =
        Discovery.discover(
            List.of(unknown), Target.numeric(missing, true), DiscoveryOptions.defaults());

    assertThat(empty.published()).isEmpty();
    assertThat(empty.smallSample()).isTrue();
    assertThat(unvalued.published()).isEmpty();
    assertThat(unvalued.counts().rows()).isZero();
  }
}
