package org.icpengine.core.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationDriftTest {
  private static final double[][] MIXES = {
    {0.05, 0.30, 0.40, 0.25}, {0.5, 0.5}, {0.02, 0.6, 0.2, 0.1, 0.08}, {0.1, 0.9}
  };

  @Test
  void of_flagsOnlyThePlantedAttribute() {
    SplittableRandom random = new SplittableRandom(3);
    List<BinnedAttribute> attributes = new ArrayList<>();
    for (int a = 0; a < MIXES.length; a++) {
      double[] current = MIXES[a].clone();
      if (a == 1) {
        current = new double[] {0.6, 0.4};
      }
      attributes.add(binned("a" + a, MIXES[a], current, 5000, 1000, random));
    }
    PopulationDrift drift = PopulationDrift.of(attributes, 1);
    assertThat(drift.alarm()).isTrue();
    assertThat(drift.alarmed()).containsExactly("a1");
    assertThat(drift.attributes().get(1).qValue()).isLessThan(DriftRule.Q_LEVEL);
  }

  @Test
  void of_raisesFewFalseAlarmsWithoutDriftOnSmallSamples() {
    SplittableRandom random = new SplittableRandom(11);
    int alarms = 0;
    int runs = 200;
    for (int run = 0; run < runs; run++) {
      List<BinnedAttribute> attributes = new ArrayList<>();
      for (int a = 0; a < MIXES.length; a++) {
        attributes.add(binned("a" + a, MIXES[a], MIXES[a], 2000, 100, random));
      }
      alarms += PopulationDrift.of(attributes, run).alarm() ? 1 : 0;
    }
    // 5 % of 200 is 10; 20 would be far outside chance
    assertThat(alarms).isLessThan(20);
  }

  @Test
  void of_needsSizeAsWellAsSignificance() {
    // a one-point shift in a million rows is significant but too small to matter
    BinnedAttribute tiny =
        new BinnedAttribute(
            "tiny",
            List.of("x", "y"),
            new long[] {500_000, 500_000},
            new long[] {510_000, 490_000});
    AttributeDrift drift = PopulationDrift.of(List.of(tiny), 1).attributes().get(0);
    assertThat(drift.qValue()).isLessThan(1e-6);
    assertThat(drift.alarm()).isFalse();
  }

  static BinnedAttribute binned(
      String name, double[] reference, double[] current, int n, int m, SplittableRandom random) {
    List<String> bins = new ArrayList<>();
    for (int b = 0; b < reference.length; b++) {
      bins.add("bin " + b);
    }
    return new BinnedAttribute(name, bins, draw(reference, n, random), draw(current, m, random));
  }

  static long[] draw(double[] shares, int n, SplittableRandom random) {
    long[] counts = new long[shares.length];
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      int b = 0;
      while (b < shares.length - 1 && u >= shares[b]) {
        u -= shares[b];
        b++;
      }
      counts[b]++;
    }
    return counts;
  }
}
