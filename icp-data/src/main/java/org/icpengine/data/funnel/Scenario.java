package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * "Shift X % of new pipeline from tiers C/D to A/B": the bookings the new pipeline would bring if
 * that share of its C/D opportunities were A/B ones instead.
 *
 * @param shiftPercent the share moved, in percent
 * @param newDeals the new pipeline's opportunities (created in the 12 months before the forecast
 *     day)
 * @param movedDeals the C/D opportunities moved
 * @param baselineBookings the new pipeline's expected bookings as it is
 * @param projectedBookings its expected bookings after the shift, interval from the win rates'
 * @param assumption the assumption in words, to be shown with the figure
 */
public record Scenario(
    double shiftPercent,
    long newDeals,
    double movedDeals,
    double baselineBookings,
    Figure projectedBookings,
    String assumption) {}
