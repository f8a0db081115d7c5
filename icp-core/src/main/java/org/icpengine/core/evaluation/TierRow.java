package org.icpengine.core.evaluation;

import org.icpengine.core.stats.Interval;

/**
 * One tier of a {@link TierTable}.
 *
 * @param tier the tier letter, 'A' to 'D'
 * @param rows the rows in the tier
 * @param share the tier's share of all rows; NaN without rows
 * @param ideal the ideal rows in the tier
 * @param observedRate the share of the tier's rows that are ideal; NaN for an empty tier
 * @param observedInterval the 95 % Wilson interval of the observed rate; missing for an empty tier
 * @param expectedRate the mean predicted probability of the tier's rows; NaN for an empty tier
 */
public record TierRow(
    char tier,
    int rows,
    double share,
    int ideal,
    double observedRate,
    Interval observedInterval,
    double expectedRate) {}
