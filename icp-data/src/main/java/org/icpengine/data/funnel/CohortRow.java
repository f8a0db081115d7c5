package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * The opportunities of one tier created in one period: how the mix and the results move over time.
 *
 * @param period the creation period, {@code 2024-03} (month) or {@code 2024-Q1} (quarter)
 * @param tier the tier, or {@code all} for the period's total
 * @param opportunities opportunities created in the period in the tier
 * @param share their share of the period's opportunities, Wilson interval
 * @param closed won plus lost among them
 * @param won won among them
 * @param winRate won ÷ closed, Wilson interval
 * @param pipeline the open ones' amounts
 * @param bookings the won ones' amounts
 */
public record CohortRow(
    String period,
    String tier,
    long opportunities,
    Figure share,
    long closed,
    long won,
    Figure winRate,
    double pipeline,
    double bookings) {}
