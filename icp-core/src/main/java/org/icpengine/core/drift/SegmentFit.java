package org.icpengine.core.drift;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Ratios;

/**
 * Whether a segment of accounts fits the ICP's score, from its scored accounts with outcomes inside
 * the segment and everywhere else. The decision rule, in order:
 *
 * <ol>
 *   <li><b>too few accounts to tell</b> when the segment has fewer than {@value #MIN_ROWS} scored
 *       accounts or fewer than {@value #MIN_CLASS} ideal or non-ideal ones; it needs about {@code
 *       max(MIN_ROWS, MIN_CLASS / rate, MIN_CLASS / (1 − rate))} at its ideal rate;
 *   <li><b>needs its own derivation</b> when the score stops sorting the segment: its top-tier lift
 *       (ideal rate of tier A over tiers B–D) is significantly below the rest's (p &lt; 0.05) and
 *       at most half of it, or its AUC is significantly below the rest's and lower by at least
 *       {@value #MATERIAL_AUC_DROP};
 *   <li><b>fits with an override</b> when the score sorts it but misjudges its level: the observed
 *       over expected ideal rate (O/E) differs significantly from the rest's (p &lt; 0.05) by at
 *       least {@value #MATERIAL_CALIBRATION} of it; the override is the segment as a trait worth
 *       {@code factor · (logit observed − logit expected)} points;
 *   <li><b>fits the ICP</b> otherwise.
 * </ol>
 *
 * @param inside the segment's figures
 * @param outside the figures of every other account
 * @param aucChange the segment's AUC minus the rest's, with interval and p-value
 * @param tierMix the segment's tier mix against the rest's; empty when the segment has no account
 * @param verdict the verdict
 * @param needed the scored accounts the segment would need, when too few
 * @param overridePoints the points of the override trait, when one is needed
 */
public record SegmentFit(
    Side inside,
    Side outside,
    Figure aucChange,
    Optional<AttributeDrift> tierMix,
    Verdict verdict,
    long needed,
    int overridePoints) {
  /** The fewest scored accounts a segment is judged on. */
  public static final int MIN_ROWS = 100;

  /** The fewest ideal, and non-ideal, accounts a segment is judged on. */
  public static final int MIN_CLASS = 20;

  /** The drop of AUC that makes a significant one matter. */
  public static final double MATERIAL_AUC_DROP = 0.1;

  /** The relative difference of O/E that makes a significant one matter. */
  public static final double MATERIAL_CALIBRATION = 0.25;

  private static final double SIGNIFICANT = 0.05;

  /** The verdicts, in the order the rule tries them. */
  public enum Verdict {
    TOO_FEW,
    OWN_DERIVATION,
    OVERRIDE,
    FITS
  }

  /**
   * The figures of one side.
   *
   * @param performance the score's performance on the side
   * @param topTierLift tier A's ideal rate over tiers B–D's, with interval and the p-value of the
   *     difference from the other side's (delta method on the log scale)
   * @param observedOverExpected the observed ideal rate over the mean calibrated probability, with
   *     interval and the p-value of the difference from the other side's
   * @param observedRate the ideal rate
   * @param expectedRate the mean calibrated probability
   */
  public record Side(
      Performance performance,
      Figure topTierLift,
      Figure observedOverExpected,
      double observedRate,
      double expectedRate) {}

  /**
   * Judges the segment.
   *
   * @param pointsPerLogit the score's points per unit of calibrated log-odds
   * @throws IllegalArgumentException when a side has no outcomes
   */
  public static SegmentFit judge(ScoredSample inside, ScoredSample outside, double pointsPerLogit) {
    if (inside.ideal().isEmpty() || outside.ideal().isEmpty()) {
      throw new IllegalArgumentException("judging a segment needs outcomes on both sides");
    }
    Side in = side(inside, outside);
    Side out = side(outside, inside);
    Figure aucChange = PerformanceDrift.of(outside, inside).aucChange();
    Optional<AttributeDrift> mix = Optional.empty();
    if (inside.rows() > 0 && outside.rows() > 0 && outside.scored().length > 0) {
      List<BinnedAttribute> tiers = ScoreDrift.bins(outside, inside).subList(0, 1);
      mix = Optional.of(PopulationDrift.of(tiers, 0).attributes().get(0));
    }
    long needed = needed(in.performance(), out.performance());
    if (needed > 0) {
      return new SegmentFit(in, out, aucChange, mix, Verdict.TOO_FEW, needed, 0);
    }
    Optional<AttributeDrift> tierMix = mix;
    if (rankingBroken(in, out, aucChange)) {
      return new SegmentFit(in, out, aucChange, mix, Verdict.OWN_DERIVATION, 0, 0);
    }
    Optional<Integer> points = override(in, out, pointsPerLogit);
    return points
        .map(p -> new SegmentFit(in, out, aucChange, tierMix, Verdict.OVERRIDE, 0, p))
        .orElseGet(() -> new SegmentFit(in, out, aucChange, tierMix, Verdict.FITS, 0, 0));
  }

  private static long needed(Performance in, Performance out) {
    long ideal = in.ideal();
    long other = in.rows() - ideal;
    if (in.rows() >= MIN_ROWS && ideal >= MIN_CLASS && other >= MIN_CLASS) {
      return 0;
    }
    double rate =
        ideal > 0 && other > 0
            ? (double) ideal / in.rows()
            : (double) out.ideal() / Math.max(1, out.rows());
    rate = Math.min(Math.max(rate, 1e-3), 1 - 1e-3);
    return (long) Math.ceil(Math.max(MIN_ROWS, MIN_CLASS / Math.min(rate, 1 - rate)));
  }

  private static boolean rankingBroken(Side in, Side out, Figure aucChange) {
    Figure lift = in.topTierLift();
    boolean liftBroken =
        lift.isPresent()
            && out.topTierLift().isPresent()
            && lift.pValue() < SIGNIFICANT
            && lift.value() <= out.topTierLift().value() / 2;
    boolean aucBroken =
        aucChange.isPresent()
            && aucChange.pValue() < SIGNIFICANT
            && aucChange.value() <= -MATERIAL_AUC_DROP;
    return liftBroken || aucBroken;
  }

  private static Optional<Integer> override(Side in, Side out, double pointsPerLogit) {
    Figure ratio = in.observedOverExpected();
    Figure rest = out.observedOverExpected();
    if (!ratio.isPresent() || !rest.isPresent() || !(ratio.pValue() < SIGNIFICANT)) {
      return Optional.empty();
    }
    if (Math.abs(ratio.value() / rest.value() - 1) < MATERIAL_CALIBRATION) {
      return Optional.empty();
    }
    double observed = Math.min(Math.max(in.observedRate(), 1e-3), 1 - 1e-3);
    double expected = Math.min(Math.max(in.expectedRate(), 1e-3), 1 - 1e-3);
    return Optional.of((int) Math.round(pointsPerLogit * (logit(observed) - logit(expected))));
  }

  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  private static Side side(ScoredSample side, ScoredSample other) {
    Performance performance = Performance.of(side);
    Moments[] mine = moments(side);
    Moments[] theirs = moments(other);
    return new Side(
        performance,
        Ratios.ofMeans(mine[0], mine[1], theirs[0], theirs[1]),
        Ratios.ofMeans(mine[2], mine[3], theirs[2], theirs[3]),
        mine[2].mean(),
        mine[3].mean());
  }

  /** Ideal flags of tier A, of tiers B–D, of every scored row, and probabilities of every one. */
  private static Moments[] moments(ScoredSample sample) {
    java.util.List<Double> a = new java.util.ArrayList<>();
    java.util.List<Double> rest = new java.util.ArrayList<>();
    java.util.List<Double> flags = new java.util.ArrayList<>();
    java.util.List<Double> probabilities = new java.util.ArrayList<>();
    boolean[] ideal = sample.ideal().orElseThrow();
    for (int i = 0; i < sample.rows(); i++) {
      char tier = sample.tiers()[i];
      double p = sample.probabilities()[i];
      if ("ABCD".indexOf(tier) < 0 || Double.isNaN(p)) {
        continue;
      }
      double flag = ideal[i] ? 1 : 0;
      (tier == 'A' ? a : rest).add(flag);
      flags.add(flag);
      probabilities.add(p);
    }
    return new Moments[] {of(a), of(rest), of(flags), of(probabilities)};
  }

  private static Moments of(java.util.List<Double> values) {
    return Moments.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
