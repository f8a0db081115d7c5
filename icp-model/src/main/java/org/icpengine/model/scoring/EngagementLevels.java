package org.icpengine.model.scoring;

import java.util.Arrays;

/**
 * The engagement levels of the grade: an engagement score of at least {@code high} is high, of at
 * least {@code medium} medium, below that low, and a row with no engagement value has the level
 * unknown. The cut points are learned at derive from the engagement scores of the reference rows
 * with some engagement value — the top {@value #HIGH_SHARE_PERCENT} % high, the next {@value
 * #MEDIUM_SHARE_PERCENT} % medium — and stored in icp.json, so levels never move by themselves.
 *
 * @param high the lowest engagement score of the level high
 * @param medium the lowest engagement score of the level medium
 */
public record EngagementLevels(int high, int medium) {
  /** The share of engaged reference rows at level high, in percent. */
  public static final int HIGH_SHARE_PERCENT = 20;

  /** The share of engaged reference rows at level medium, in percent. */
  public static final int MEDIUM_SHARE_PERCENT = 30;

  /** The level of a row without any engagement value. */
  public static final String UNKNOWN = "unknown";

  /** Checks the cut points descend within 0–100. */
  public EngagementLevels {
    if (!(high > medium && medium >= 0 && high <= 100)) {
      throw new IllegalArgumentException(
          "engagement levels need 100 >= high > medium >= 0: high " + high + ", medium " + medium);
    }
  }

  /** Returns the level of an engagement score: high, medium, low, or unknown when null. */
  public String level(Integer engagement) {
    if (engagement == null) {
      return UNKNOWN;
    }
    return engagement >= high ? "high" : engagement >= medium ? "medium" : "low";
  }

  /**
   * Returns the grade of a fit tier and an engagement score: {@code "A-high"} … {@code "D-low"},
   * {@code "A-unknown"} without engagement, or {@code null} when the row has no tier.
   */
  public String grade(String tier, Integer engagement) {
    return tier == null ? null : tier + "-" + level(engagement);
  }

  /**
   * Learns the cut points from engagement scores (0–100) so that about {@value #HIGH_SHARE_PERCENT}
   * % of them are high and the next {@value #MEDIUM_SHARE_PERCENT} % medium; equal scores share a
   * level.
   *
   * @throws IllegalArgumentException when there are no scores
   */
  public static EngagementLevels fromScores(int[] scores) {
    if (scores.length == 0) {
      throw new IllegalArgumentException("engagement levels need some engagement scores");
    }
    int[] sorted = scores.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int high = sorted[n - Math.max(1, (int) Math.ceil(n * HIGH_SHARE_PERCENT / 100.0))];
    int medium =
        sorted[
            n
                - Math.max(
                    1, (int) Math.ceil(n * (HIGH_SHARE_PERCENT + MEDIUM_SHARE_PERCENT) / 100.0))];
    high = Math.max(1, Math.min(100, high));
    medium = Math.max(0, Math.min(medium, high - 1));
    return new EngagementLevels(high, medium);
  }
}
