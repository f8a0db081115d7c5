package org.icpengine.server.kpi;

/**
 * One account of a linked dataset, scored with the published version, with the figures the KPIs
 * read from the account table (NaN or null where the table has none).
 *
 * @param tier A, B, C or D, or null when the account could not be scored
 * @param score the fit score 0–100, or -1 when unscored
 * @param won deals won (the table's {@code deals_won})
 * @param lost deals lost ({@code deals_lost})
 * @param revenueWon the amount of the deals won ({@code revenue_won}), or NaN
 * @param nrr net revenue retention in percent ({@code nrr_12m}), or NaN
 * @param churned whether it churned, or null when it did not pay in the window
 * @param cac its acquisition cost ({@code cac}), or NaN
 * @param cohort the quarter it became a customer ({@code customer_since}), such as 2024-Q3, or null
 */
public record ScoredAccount(
    String tier,
    int score,
    long won,
    long lost,
    double revenueWon,
    double nrr,
    Boolean churned,
    double cac,
    String cohort) {
  /** Returns whether the account has the tier. */
  public boolean in(String wanted) {
    return wanted.equals(tier);
  }

  /** Returns whether the account is in tier A or B. */
  public boolean topTiers() {
    return "A".equals(tier) || "B".equals(tier);
  }
}
