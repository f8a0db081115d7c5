package org.icpengine.data.funnel;

import org.icpengine.core.stats.Figure;

/**
 * Acquisition economics of a tier's won accounts, from the account table's {@code cac}, {@code ltv}
 * and {@code payback_months} (spend allocated by first-touch channel, docs/economics.md).
 *
 * @param wonAccounts distinct accounts with a won opportunity in the group
 * @param withCac those of them with a CAC (acquired in the assembly's window through a channel)
 * @param cac mean CAC per won account with a CAC, money, with its 95 % interval
 * @param ltvToCac mean LTV ÷ mean CAC over the same accounts, a ratio, with a delta-method interval
 * @param paybackMonths median payback in months over the same accounts, with its rank interval
 */
public record TierEconomics(
    long wonAccounts, long withCac, Figure cac, Figure ltvToCac, Figure paybackMonths) {}
