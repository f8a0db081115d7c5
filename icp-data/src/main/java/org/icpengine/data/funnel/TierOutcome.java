package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;

/**
 * What a tier's customers became: the accounts with a won deal in the tier (an account counts in
 * each tier it won a deal in, as for CAC), with the account table's revenue, NRR and CAC.
 *
 * @param tier the tier A–D
 * @param wonAccounts distinct accounts with a won deal in the tier
 * @param revenue their {@code ltv} (revenue to date, docs/economics.md) as moments: count, sum, sum
 *     of squares; empty when the account table has no {@code ltv}
 * @param nrr their {@code nrr_12m} in percent, as moments; empty without it
 * @param cac their {@code cac} where both it and {@code ltv} are known, as moments; empty without
 *     spend
 */
public record TierOutcome(
    String tier, long wonAccounts, Moments revenue, Moments nrr, Moments cac) {

  /** Returns the total revenue to date of the tier's customers (0 without any). */
  public double revenueTotal() {
    return revenue.sum();
  }

  /** Returns the mean NRR in percent with its t interval; missing without any. */
  public Figure nrrMean() {
    return mean(nrr);
  }

  /** Returns the mean revenue per customer with its t interval; missing without any. */
  public Figure revenueMean() {
    return mean(revenue);
  }

  /** Returns the mean CAC per won account with its t interval; missing without any. */
  public Figure cacMean() {
    return mean(cac);
  }

  /** Returns the two tiers' customers pooled (the moments added), named {@code name}. */
  public TierOutcome plus(TierOutcome other, String name) {
    return new TierOutcome(
        name,
        wonAccounts + other.wonAccounts,
        add(revenue, other.revenue),
        add(nrr, other.nrr),
        add(cac, other.cac));
  }

  static Figure mean(Moments m) {
    if (m.count() == 0) {
      return Figure.missing();
    }
    return Figure.of(m.mean(), Means.confidence(m), Double.NaN);
  }

  private static Moments add(Moments a, Moments b) {
    return new Moments(
        a.count() + b.count(), a.sum() + b.sum(), a.sumOfSquares() + b.sumOfSquares());
  }
}
