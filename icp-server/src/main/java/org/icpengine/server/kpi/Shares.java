package org.icpengine.server.kpi;

import org.icpengine.core.stats.Interval;

/**
 * The share a part of the accounts holds of a total summed over accounts (bookings from tiers A+B,
 * won deals at the top 30 %), with the 95 % interval of a ratio estimator: share = Σx ÷ Σy, where y
 * is each account's amount and x the same amount when the account is in the part, else 0; var ≈ Σ(x
 * − share·y)² ÷ (Σy)² · n ÷ (n − 1).
 */
final class Shares {
  /** The 97.5th percentile of the standard normal distribution. */
  static final double Z_95 = 1.959963984540054;

  private Shares() {}

  /** A share with its interval and the accounts it was computed over. */
  record Share(double value, Interval ci, long n) {}

  /** Returns Σpart ÷ Σtotal with its interval; NaN when the total is not positive. */
  static Share of(double[] part, double[] total) {
    int n = total.length;
    double sumPart = 0;
    double sumTotal = 0;
    for (int i = 0; i < n; i++) {
      sumPart += part[i];
      sumTotal += total[i];
    }
    if (n == 0 || !(sumTotal > 0)) {
      return new Share(Double.NaN, Interval.missing(), n);
    }
    double share = sumPart / sumTotal;
    if (n < 2) {
      return new Share(share, Interval.missing(), n);
    }
    double residuals = 0;
    for (int i = 0; i < n; i++) {
      double r = part[i] - share * total[i];
      residuals += r * r;
    }
    double se = Math.sqrt(residuals * n / (n - 1.0)) / sumTotal;
    double half = Z_95 * se;
    return new Share(share, new Interval(Math.max(0, share - half), Math.min(1, share + half)), n);
  }
}
