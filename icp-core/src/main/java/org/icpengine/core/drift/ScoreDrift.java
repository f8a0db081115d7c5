package org.icpengine.core.drift;

import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;

/**
 * How the score moved: the tier mix (unscored rows a bin of their own) and the score's reference
 * deciles, each tested like an attribute, and the mean calibrated probability of being ideal — the
 * expected share of ideal accounts — in each sample and its change.
 *
 * @param tiers the tier mix's drift
 * @param deciles the drift of the score over the reference's deciles
 * @param referenceIdealShare the reference's mean calibrated probability, with its t interval
 * @param currentIdealShare the current sample's mean calibrated probability, with its t interval
 * @param change current minus reference, with a normal interval and Welch's p-value
 */
public record ScoreDrift(
    AttributeDrift tiers,
    AttributeDrift deciles,
    Figure referenceIdealShare,
    Figure currentIdealShare,
    Figure change) {
  /** The name of the tier mix in the family of tests. */
  public static final String TIER_MIX = "score tier mix";

  /** The name of the score deciles in the family of tests. */
  public static final String SCORE_DECILES = "score deciles";

  private static final String TIER_BINS = "ABCD" + ScoredSample.NO_TIER;
  private static final double Z_95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  /** Returns the tier mix and the score deciles of both samples as bins to test. */
  public static List<BinnedAttribute> bins(ScoredSample reference, ScoredSample current) {
    ScoreDeciles deciles = ScoreDeciles.of(reference.scores());
    return List.of(
        new BinnedAttribute(
            TIER_MIX,
            List.of("A", "B", "C", "D", "not scored"),
            tierCounts(reference),
            tierCounts(current)),
        new BinnedAttribute(
            SCORE_DECILES,
            deciles.labels(),
            deciles.counts(reference.scores()),
            deciles.counts(current.scores())));
  }

  /** Completes the score's drift from the tests of {@link #bins} and the probabilities. */
  public static ScoreDrift of(
      AttributeDrift tiers, AttributeDrift deciles, ScoredSample reference, ScoredSample current) {
    Moments r = moments(reference);
    Moments c = moments(current);
    Figure change = Figure.missing();
    if (r.count() >= 2 && c.count() >= 2) {
      double difference = c.mean() - r.mean();
      double se = Math.hypot(r.standardError(), c.standardError());
      change =
          Figure.of(
              difference,
              new Interval(difference - Z_95 * se, difference + Z_95 * se),
              Means.welch(r, c));
    }
    return new ScoreDrift(tiers, deciles, mean(r), mean(c), change);
  }

  private static Figure mean(Moments m) {
    return m.count() == 0 ? Figure.missing() : Figure.of(m.mean(), Means.confidence(m), Double.NaN);
  }

  private static Moments moments(ScoredSample sample) {
    return Moments.of(
        java.util.Arrays.stream(sample.probabilities()).filter(p -> !Double.isNaN(p)).toArray());
  }

  private static long[] tierCounts(ScoredSample sample) {
    long[] counts = new long[TIER_BINS.length()];
    for (char tier : sample.tiers()) {
      int t = TIER_BINS.indexOf(tier);
      counts[t < 0 ? TIER_BINS.length() - 1 : t]++;
    }
    return counts;
  }
}
