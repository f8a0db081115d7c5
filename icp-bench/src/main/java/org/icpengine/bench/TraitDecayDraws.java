package org.icpengine.bench;

import java.util.Map;
import org.icpengine.core.drift.TraitCounts;
import org.icpengine.core.drift.TraitShift;

/**
 * "A trait's effect halved", simulated for {@link DriftCalibrationBenchmark}: a trait held by a
 * fifth of the accounts adds {@value #EFFECT} to the log-odds of being ideal on a base of {@value
 * #BASE} (ideal rate 50 % with it, 17 % without, lift 3.0); in the current sample its effect is
 * halved (31 % with it, lift 1.9) or, for the false-change rate, unchanged. The trait is published
 * in both samples, so {@link TraitShift} judges it by the test of its two risk ratios alone.
 */
final class TraitDecayDraws {
  static final double SHARE = 0.2;
  static final double BASE = -1.6;
  static final double EFFECT = 1.6;
  private static final String TRAIT = "industry is Fintech";

  private final BinDraws draws;

  TraitDecayDraws(long seed) {
    this.draws = new BinDraws(seed);
  }

  /** Returns how "what changed" judges the trait with a current sample of {@code size}. */
  TraitShift.Change judge(int reference, int size, double currentEffect) {
    TraitCounts before = counts(reference, EFFECT);
    TraitCounts now = counts(size, currentEffect);
    return TraitShift.compare(Map.of(TRAIT, before), Map.of(TRAIT, now)).get(0).change();
  }

  private TraitCounts counts(int n, double effect) {
    long inside = draws.draw(new double[] {SHARE, 1 - SHARE}, n)[0];
    double pIn = 1 / (1 + Math.exp(-(BASE + effect)));
    double pOut = 1 / (1 + Math.exp(-BASE));
    long insideIdeal = draws.draw(new double[] {pIn, 1 - pIn}, (int) inside)[0];
    long outsideIdeal = draws.draw(new double[] {pOut, 1 - pOut}, (int) (n - inside))[0];
    return new TraitCounts(TRAIT, inside, insideIdeal, n, insideIdeal + outsideIdeal, true);
  }
}
