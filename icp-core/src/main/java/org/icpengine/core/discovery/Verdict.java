package org.icpengine.core.discovery;

/** What the confirmation half said about a segment, in the order the checks are made. */
public enum Verdict {
  /** Every check passed; the segment is reported. */
  PUBLISHED,
  /** The Benjamini–Hochberg q-value is above the false discovery rate. */
  NOT_SIGNIFICANT,
  /** The 95 % interval reaches the no-effect value (lift 1, difference 0) or the wrong side. */
  INTERVAL_INCLUDES_NO_EFFECT,
  /** The lift is below the minimum (above its reciprocal for a disqualifier). */
  EFFECT_TOO_SMALL,
  /** The segment does not beat one of its simpler versions on the confirmation half. */
  NOT_BETTER_THAN_SIMPLER
}
