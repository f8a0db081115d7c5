package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * "Shift X % of new pipeline from tiers C/D to A/B": the bookings the new pipeline would bring if
 * that share of its C/D opportunities were A/B ones instead, and the NRR and CAC of the customers
 * it would bring.
 *
 * @param shiftPercent the share moved, in percent
 * @param newDeals the new pipeline's opportunities (created in the 12 months before the forecast
 *     day)
 * @param movedDeals the C/D opportunities moved
 * @param baselineBookings the new pipeline's expected bookings as it is
 * @param projectedBookings its expected bookings after the shift, interval from the win rates'
 * @param baselineNrr the new customers' expected NRR (percent) as the new pipeline is, interval
 *     from the tiers' t bounds; missing without {@code nrr_12m}
 * @param projectedNrr the same after the shift
 * @param baselineCac the new customers' expected CAC per won account as the pipeline is; missing
 *     without spend
 * @param projectedCac the same after the shift
 * @param assumption the assumptions in words, to be shown with the figures
 */
public record Scenario(
    double shiftPercent,
    long newDeals,
    double movedDeals,
    double baselineBookings,
    Figure projectedBookings,
    Figure baselineNrr,
    Figure projectedNrr,
    Figure baselineCac,
    Figure projectedCac,
    String assumption) {}
