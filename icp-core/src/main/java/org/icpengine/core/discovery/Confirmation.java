package org.icpengine.core.discovery;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.stats.Figure;

/**
 * Re-tests the survivors of the redundancy filter on the holdout half. Each gets its effect,
 * interval and two-sided p-value against the rest of the holdout; the p-values of all survivors,
 * both directions together, form one Benjamini–Hochberg family. A finding is published when its
 * q-value is at most the false discovery rate, its interval clears the no-effect value on its side,
 * its effect is large enough, and it still beats each simpler version of itself on the holdout
 * (one-sided p < 0.05), which stops a selector that padded a real segment by chance on the
 * discovery half from being published with it.
 */
final class Confirmation {
  /** The one-sided level at which a finding must beat each simpler version on the holdout. */
  static final double SIMPLER_LEVEL = 0.05;

  private final Sample holdout;
  private final Scorer scorer;
  private final Comparison comparison;
  private final List<Selector> canonical;
  private final double falseDiscoveryRate;
  private final boolean shrink;

  Confirmation(
      Sample holdout,
      Scorer scorer,
      Comparison comparison,
      List<Selector> canonical,
      double falseDiscoveryRate,
      boolean shrink) {
    this.holdout = holdout;
    this.scorer = scorer;
    this.comparison = comparison;
    this.canonical = canonical;
    this.falseDiscoveryRate = falseDiscoveryRate;
    this.shrink = shrink;
  }

  /** Returns one finding per survivor, in the order given. */
  List<Finding> confirm(List<Survivor> survivors) {
    List<Measured> measured = survivors.stream().map(this::measure).toList();
    double[] q =
        QValues.benjaminiHochberg(measured.stream().mapToDouble(m -> m.effect.pValue()).toArray());
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < measured.size(); i++) {
      Measured m = measured.get(i);
      Survivor s = m.survivor;
      findings.add(
          new Finding(
              s.segment(),
              m.holdout,
              s.direction(),
              m.effect,
              m.standardised,
              q[i],
              verdict(m, q[i])));
    }
    return findings;
  }

  private Measured measure(Survivor survivor) {
    long[] rows = holdout.rowsOf(survivor.path());
    Direction direction = survivor.direction();
    return new Measured(
        survivor,
        Segments.measure(canonical, survivor.path(), holdout, rows, scorer, direction),
        comparison.effect(holdout, rows, shrink),
        comparison.standardisedEffect(holdout, rows),
        Redundancy.beatsSimpler(
            holdout, comparison, survivor.path(), rows, direction, SIMPLER_LEVEL));
  }

  private Verdict verdict(Measured m, double q) {
    Direction direction = m.survivor.direction();
    if (!(q <= falseDiscoveryRate)) {
      return Verdict.NOT_SIGNIFICANT;
    }
    if (!comparison.clearOfNoEffect(m.effect, direction)) {
      return Verdict.INTERVAL_INCLUDES_NO_EFFECT;
    }
    if (!comparison.largeEnough(m.effect, direction)) {
      return Verdict.EFFECT_TOO_SMALL;
    }
    if (!m.beatsSimpler) {
      return Verdict.NOT_BETTER_THAN_SIMPLER;
    }
    return Verdict.PUBLISHED;
  }

  private record Measured(
      Survivor survivor,
      Segment holdout,
      Figure effect,
      double standardised,
      boolean beatsSimpler) {}
}
