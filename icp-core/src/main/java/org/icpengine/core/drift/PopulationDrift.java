package org.icpengine.core.drift;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.stats.FalseDiscovery;

/**
 * Population drift over a model's attributes: each attribute's PSI, Jensen–Shannon distance and
 * test of homogeneity on its own bins, q-values across the attributes, and the alarm of {@link
 * DriftRule}.
 *
 * @param attributes each attribute's drift, in the order given
 * @param alarm whether any attribute raised an alarm
 */
public record PopulationDrift(List<AttributeDrift> attributes, boolean alarm) {
  /** Copies the list. */
  public PopulationDrift {
    attributes = List.copyOf(attributes);
  }

  /**
   * Measures the drift of every attribute; permutation nulls are seeded from {@code seed}, so equal
   * inputs give equal results.
   */
  public static PopulationDrift of(List<BinnedAttribute> attributes, long seed) {
    int m = attributes.size();
    double[] p = new double[m];
    List<Homogeneity.Result> tests = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      BinnedAttribute a = attributes.get(i);
      Homogeneity.Result test = Homogeneity.test(a.reference(), a.current(), seed + i);
      tests.add(test);
      p[i] = test.pValue();
    }
    double[] q = FalseDiscovery.benjaminiHochberg(p);
    List<AttributeDrift> drifts = new ArrayList<>();
    boolean any = false;
    for (int i = 0; i < m; i++) {
      BinnedAttribute a = attributes.get(i);
      double psi = Divergences.psi(a.reference(), a.current());
      double js = Divergences.jensenShannon(a.reference(), a.current());
      boolean alarm = DriftRule.significant(q[i]) && DriftRule.material(psi, js);
      any |= alarm;
      drifts.add(new AttributeDrift(a, psi, js, tests.get(i), q[i], alarm));
    }
    return new PopulationDrift(drifts, any);
  }

  /** Returns the names of the attributes that raised an alarm. */
  public List<String> alarmed() {
    return attributes.stream()
        .filter(AttributeDrift::alarm)
        .map(a -> a.attribute().name())
        .toList();
  }
}
