package org.icpengine.data.funnel;

import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.core.stats.Figure;

/**
 * The arithmetic of the shift scenario's customer mix: expected wins per tier before and after
 * moving a share of the C/D deals to A/B, and a per-customer figure (NRR, CAC) averaged over the
 * wins. Plain arithmetic, kept apart so it can be checked by hand.
 */
final class ScenarioMix {
  /** The key of the moved deals' wins: they take the pooled A+B customers' figures. */
  static final String MOVED = "A+B";

  private ScenarioMix() {}

  /**
   * Returns the expected wins after the shift: C and D keep {@code 1 − share} of theirs, A and B
   * keep all of theirs, and {@link #MOVED} gets {@code movedWins}.
   *
   * @param share the share moved, 0–1
   */
  static Map<String, Double> shifted(Map<String, Double> wins, double share, double movedWins) {
    Map<String, Double> out = new LinkedHashMap<>();
    wins.forEach((tier, w) -> out.put(tier, low(tier) ? (1 - share) * w : w));
    out.merge(MOVED, movedWins, Double::sum);
    return out;
  }

  /**
   * Returns Σ wins·value ÷ Σ wins over the keys that have both a positive weight and a value; the
   * bounds weight the values' bounds alike (missing when any weighted value lacks them). Missing
   * when no key has both.
   */
  static Figure blend(Map<String, Double> wins, Map<String, Figure> values) {
    double weight = 0;
    double[] sums = new double[3];
    boolean bounds = true;
    for (Map.Entry<String, Double> e : wins.entrySet()) {
      Figure v = values.getOrDefault(e.getKey(), Figure.missing());
      double w = e.getValue();
      if (!(w > 0) || !v.isPresent()) {
        continue;
      }
      weight += w;
      sums[0] += w * v.value();
      sums[1] += w * v.low();
      sums[2] += w * v.high();
      bounds &= !Double.isNaN(v.low()) && !Double.isNaN(v.high());
    }
    if (weight == 0) {
      return Figure.missing();
    }
    return bounds
        ? new Figure(sums[0] / weight, sums[1] / weight, sums[2] / weight, Double.NaN)
        : new Figure(sums[0] / weight, Double.NaN, Double.NaN, Double.NaN);
  }

  private static boolean low(String tier) {
    return tier.equals("C") || tier.equals("D");
  }
}
