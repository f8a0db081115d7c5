/**
 * The funnel by ICP tier: every opportunity of a company's linked exports scored with the ICP as of
 * its creation and placed in its tier (and grade), then, per tier, channel and tier × channel, the
 * stage conversions, win rate, cycle, deal sizes, pipeline, bookings, CAC and LTV:CAC with 95 %
 * intervals and a test against the rest; the missed list, cohorts by creation period and the
 * finance forecast. Start from {@link org.icpengine.data.funnel.Funnel}; {@link
 * org.icpengine.data.funnel.FunnelReport} is the result and {@link
 * org.icpengine.data.funnel.FunnelJson} its JSON contract (docs/funnel.md).
 */
package org.icpengine.data.funnel;
