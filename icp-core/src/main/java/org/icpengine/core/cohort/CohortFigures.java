package org.icpengine.core.cohort;

import org.icpengine.core.stats.Figure;

/**
 * The economics of one cohort, each figure with a 95 % confidence interval and a two-sided p-value
 * against the rest of the accounts; a figure is {@link Figure#missing()} when its inputs are
 * absent.
 *
 * @param label the cohort's label, for example "industry = fintech"
 * @param accounts the number of accounts in the cohort
 * @param share the cohort's fraction of all accounts; no p-value
 * @param idealRate the fraction of the cohort's accounts that are ideal customers
 * @param lift the ideal rate divided by the ideal rate of all accounts; a ratio, 1 means no lift
 * @param ltvMean the mean lifetime value, in the LTV column's currency
 * @param ltvMedian the median lifetime value, in the LTV column's currency; no p-value
 * @param nrr the mean net revenue retention, in the NRR column's unit
 * @param cac the mean customer acquisition cost, in the CAC column's currency
 * @param ltvToCac mean LTV divided by mean CAC; a ratio
 * @param churnRate the fraction of accounts with a known churn flag that churned
 * @param winRate the fraction of accounts with a known deal outcome that were won
 */
public record CohortFigures(
    String label,
    long accounts,
    Figure share,
    Figure idealRate,
    Figure lift,
    Figure ltvMean,
    Figure ltvMedian,
    Figure nrr,
    Figure cac,
    Figure ltvToCac,
    Figure churnRate,
    Figure winRate) {}
