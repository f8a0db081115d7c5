package org.icpengine.data.matching;

/**
 * The name scores that separate the bands; a score is a soft TF-IDF cosine in [0, 1].
 *
 * @param certain the least score of a certain link by name
 * @param likely the least score of a likely link
 * @param review the least score worth a person's look
 * @param margin how far the best account must lead the runner-up to be linked without review
 */
public record MatchThresholds(double certain, double likely, double review, double margin) {
  public MatchThresholds {
    if (!(0 < review && review <= likely && likely <= certain && certain <= 1)) {
      throw new IllegalArgumentException(
          "match thresholds must satisfy 0 < review <= likely <= certain <= 1, not review "
              + review
              + ", likely "
              + likely
              + ", certain "
              + certain);
    }
    if (!(margin >= 0 && margin < 1)) {
      throw new IllegalArgumentException("match margin must be in [0, 1), not " + margin);
    }
  }

  /** Returns the defaults: certain 0.97, likely 0.8, review 0.6, margin 0.05. */
  public static MatchThresholds defaults() {
    return new MatchThresholds(0.97, 0.8, 0.6, 0.05);
  }

  /** Returns the band of a name score, before rivals and locations are considered. */
  public MatchBand band(double score) {
    if (score >= certain) {
      return MatchBand.CERTAIN;
    }
    if (score >= likely) {
      return MatchBand.LIKELY;
    }
    return score >= review ? MatchBand.REVIEW : MatchBand.NO_MATCH;
  }
}
