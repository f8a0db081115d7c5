package org.icpengine.core.discovery;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.icpengine.core.stats.Figure;

/**
 * The lift of a segment: its positive rate divided by the overall rate (a ratio; 1 is no effect).
 *
 * <p>The interval comes from Katz's log interval for the risk ratio RR of segment versus rest
 * (independent groups), var(log RR) = 1/a − 1/n1 + 1/c − 1/n2, with 0.5 added to every cell when a
 * count of positives is zero. Lift is a strictly increasing function of RR when the segment's share
 * w of the rows is fixed, lift = RR / (w·RR + 1 − w), so mapping RR's bounds gives lift's bounds
 * and "lift above 1" and "RR above 1" are the same statement.
 *
 * <p>Shrinkage for small data adds m prior rows at the overall rate (m·p0 positives and m·(1 − p0)
 * negatives) to the segment, the posterior mean of a beta-binomial model with prior strength m.
 */
public final class Lifts {
  private static final double Z_95 = NormalDistribution.of(0, 1).inverseSurvivalProbability(0.025);

  private Lifts() {}

  /**
   * Returns the lift of a segment with x1 positives in n1 rows against a rest with x2 in n2, with
   * its 95 % interval and the given p-value, after adding {@code priorRows} pseudo-rows (0 for
   * none). The value and interval are NaN when either group is empty or no row is positive.
   */
  public static Figure of(long x1, long n1, long x2, long n2, double priorRows, double pValue) {
    double overall = (double) (x1 + x2) / (n1 + n2);
    if (n1 == 0 || n2 == 0 || x1 + x2 == 0) {
      return new Figure(Double.NaN, Double.NaN, Double.NaN, pValue);
    }
    double a = x1 + priorRows * overall;
    double m1 = n1 + priorRows;
    double c = x2;
    double m2 = n2;
    if (a == 0 || c == 0) {
      a += 0.5;
      c += 0.5;
      m1 += 1;
      m2 += 1;
    }
    double logRatio = Math.log((a / m1) / (c / m2));
    double halfWidth = Z_95 * Math.sqrt(1 / a - 1 / m1 + 1 / c - 1 / m2);
    double share = (double) n1 / (n1 + n2);
    return new Figure(
        lift(Math.exp(logRatio), share),
        lift(Math.exp(logRatio - halfWidth), share),
        lift(Math.exp(logRatio + halfWidth), share),
        pValue);
  }

  private static double lift(double riskRatio, double share) {
    return riskRatio / (share * riskRatio + 1 - share);
  }
}
