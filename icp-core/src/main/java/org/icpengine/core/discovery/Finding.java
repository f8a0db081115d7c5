package org.icpengine.core.discovery;

import java.util.Objects;
import org.icpengine.core.stats.Figure;

/**
 * A segment found on the discovery half and re-tested on the confirmation half.
 *
 * <p>For a binary target the effect is the lift, the segment's positive rate divided by the
 * confirmation half's overall rate (a ratio; 1 is no effect), with a 95 % interval from Katz's log
 * interval of the segment-versus-rest risk ratio and the two-sided p-value of Fisher's exact test
 * of segment versus rest. On small data both are shrunk toward 1, see {@link
 * DiscoveryResult#smallSample()}.
 *
 * <p>For a numeric target the effect is the mean of the segment minus the mean of the rest, in the
 * target's unit (negative for a good CAC segment), with a 95 % Welch t-interval and the two-sided
 * p-value of the Mann–Whitney U test of segment versus rest.
 *
 * @param segment the segment as found and measured on the discovery half
 * @param holdout the same selectors measured on the confirmation half
 * @param direction whether the segment is better or worse than the population
 * @param effect the lift or mean difference with its 95 % interval and p-value, on the confirmation
 *     half
 * @param standardisedEffect the segment's mean minus the rest's, in standard deviations of the
 *     target on the confirmation half; positive when the segment is better
 * @param qValue the Benjamini–Hochberg adjusted p-value over all confirmed segments, in [0, 1]
 * @param verdict whether the finding is published and, if not, the first check it failed
 */
public record Finding(
    Segment segment,
    Segment holdout,
    Direction direction,
    Figure effect,
    double standardisedEffect,
    double qValue,
    Verdict verdict) {

  /** Checks that no part is missing. */
  public Finding {
    Objects.requireNonNull(segment, "segment");
    Objects.requireNonNull(holdout, "holdout");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** Returns whether the finding passed every check and is reported. */
  public boolean published() {
    return verdict == Verdict.PUBLISHED;
  }
}
