package org.icpengine.data.drift;

import java.util.Locale;
import org.icpengine.core.drift.SegmentFit;

/**
 * Whether a segment fits the ICP, with the figures behind the verdict.
 *
 * @param segment the segment's expression
 * @param file the file's name
 * @param inside the accounts inside the segment
 * @param outside the other accounts
 * @param outcomes where the ideal flags came from, in words
 * @param fit the figures and the verdict
 */
public record SegmentReport(
    String segment, String file, long inside, long outside, String outcomes, SegmentFit fit) {
  /** Returns the verdict in words. */
  public String verdict() {
    switch (fit.verdict()) {
      case TOO_FEW:
        return String.format(
            Locale.ROOT, "too few accounts to tell (need about %,d)", fit.needed());
      case OWN_DERIVATION:
        return "needs its own derivation";
      case OVERRIDE:
        return String.format(
            Locale.ROOT,
            "fits with an override (add trait \"%s\": %+d points)",
            segment,
            fit.overridePoints());
      default:
        return "fits the ICP";
    }
  }
}
