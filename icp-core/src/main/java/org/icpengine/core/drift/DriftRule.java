package org.icpengine.core.drift;

/**
 * When a change in a distribution raises an alarm: only when it is both significant after false
 * discovery control across the family tested (Benjamini–Hochberg q-value below {@value #Q_LEVEL})
 * and large enough to matter (PSI at least {@value #MATERIAL_PSI}, the conventional "moderate
 * shift", or Jensen–Shannon distance at least {@value #MATERIAL_JS}, about six points of the
 * accounts moved between two bins of an even split). Significance alone alarms on trivial shifts in
 * large samples; size alone alarms on noise in small ones.
 */
public final class DriftRule {
  /** The false discovery rate an alarm is held to. */
  public static final double Q_LEVEL = 0.05;

  /** The PSI from which a shift matters. */
  public static final double MATERIAL_PSI = 0.1;

  /** The Jensen–Shannon distance (bits, square-rooted) from which a shift matters. */
  public static final double MATERIAL_JS = 0.05;

  private DriftRule() {}

  /** Returns whether a shift of this size matters. */
  public static boolean material(double psi, double js) {
    return psi >= MATERIAL_PSI || js >= MATERIAL_JS;
  }

  /** Returns whether a q-value is significant. */
  public static boolean significant(double qValue) {
    return qValue < Q_LEVEL;
  }
}
