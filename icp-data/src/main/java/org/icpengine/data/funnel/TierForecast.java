package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * One tier's open pipeline and what it is expected to bring.
 *
 * @param tier the tier
 * @param openDeals open opportunities with an amount
 * @param openAmount the sum of their amounts
 * @param winRate the tier's win rate on closed deals, the expectation each open deal is weighted by
 * @param bookings expected bookings: win rate × open amount, the interval from the win rate's
 * @param revenue12m expected revenue in the 12 months after the forecast day (docs/funnel.md)
 */
public record TierForecast(
    String tier,
    long openDeals,
    double openAmount,
    Figure winRate,
    Figure bookings,
    Figure revenue12m) {}
