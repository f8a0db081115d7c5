package org.icpengine.core.cohort;

import java.util.Locale;
import java.util.Objects;
import org.icpengine.core.stats.Moments;

/**
 * The sufficient statistics of one cohort of accounts, computed by the data layer with SQL. Counts
 * are numbers of accounts (rows); moments cover only the rows where the value is present.
 *
 * @param label the cohort's label, for example "industry = fintech", or "all" for the total
 * @param accounts the number of rows in the cohort
 * @param ideal the number of rows meeting the ideal-customer definition
 * @param ltv the moments of lifetime value over rows where it is present
 * @param ltvMedian the median lifetime value with its confidence interval
 * @param nrr the moments of net revenue retention over rows where it is present
 * @param cac the moments of customer acquisition cost over rows where it is present
 * @param churnKnown the number of rows whose churn flag is known
 * @param churned the number of those rows that churned
 * @param wonKnown the number of rows whose deal outcome is known
 * @param won the number of those rows that were won
 */
public record CohortAggregates(
    String label,
    long accounts,
    long ideal,
    Moments ltv,
    MedianEstimate ltvMedian,
    Moments nrr,
    Moments cac,
    long churnKnown,
    long churned,
    long wonKnown,
    long won) {

  /** Checks that counts are non-negative and every part fits inside the whole it belongs to. */
  public CohortAggregates {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(ltv, "ltv");
    Objects.requireNonNull(ltvMedian, "ltvMedian");
    Objects.requireNonNull(nrr, "nrr");
    Objects.requireNonNull(cac, "cac");
    nonNegative(label, "accounts", accounts);
    atMost(label, "ideal", ideal, "accounts", accounts);
    atMost(label, "churned", churned, "churnKnown", churnKnown);
    atMost(label, "won", won, "wonKnown", wonKnown);
    atMost(label, "churnKnown", churnKnown, "accounts", accounts);
    atMost(label, "wonKnown", wonKnown, "accounts", accounts);
    atMost(label, "ltv count", ltv.count(), "accounts", accounts);
    atMost(label, "nrr count", nrr.count(), "accounts", accounts);
    atMost(label, "cac count", cac.count(), "accounts", accounts);
  }

  /**
   * Returns the aggregates of the accounts in this total that are not in {@code cohort}. The rest
   * has no median, since medians do not subtract.
   *
   * @throws IllegalArgumentException if the cohort has more of anything than this total
   */
  CohortAggregates minus(CohortAggregates cohort) {
    if (cohort.accounts > accounts) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "cohort '%s' has %d accounts, more than the %d in '%s'",
              cohort.label,
              cohort.accounts,
              accounts,
              label));
    }
    return new CohortAggregates(
        "rest of " + cohort.label,
        accounts - cohort.accounts,
        ideal - cohort.ideal,
        ltv.minus(cohort.ltv),
        MedianEstimate.missing(),
        nrr.minus(cohort.nrr),
        cac.minus(cohort.cac),
        churnKnown - cohort.churnKnown,
        churned - cohort.churned,
        wonKnown - cohort.wonKnown,
        won - cohort.won);
  }

  private static void nonNegative(String label, String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          name + " must be >= 0, was " + value + " in cohort '" + label + "'");
    }
  }

  private static void atMost(
      String label, String part, long partValue, String whole, long wholeValue) {
    nonNegative(label, part, partValue);
    if (partValue > wholeValue) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s must be <= %s (%d), was %d in cohort '%s'",
              part,
              whole,
              wholeValue,
              partValue,
              label));
    }
  }
}
