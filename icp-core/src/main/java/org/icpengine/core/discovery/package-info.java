/**
 * Trait discovery: which segments of customers (conjunctions of up to three conditions, such as
 * "Industry is Fintech and Seats ≥ 50") are markedly more or less likely to be ideal customers, or
 * have markedly better or worse LTV, NRR or CAC. Start from {@link
 * org.icpengine.core.discovery.Discovery#discover}, which takes {@link
 * org.icpengine.core.discovery.Selector}s (one condition each, with its rows as {@link
 * org.icpengine.core.discovery.Bits}), a {@link org.icpengine.core.discovery.Target} and {@link
 * org.icpengine.core.discovery.DiscoveryOptions}, and returns a {@link
 * org.icpengine.core.discovery.DiscoveryResult} of confirmed {@link
 * org.icpengine.core.discovery.Finding}s.
 *
 * <p>The method is exhaustive subgroup discovery on one half of the rows, with optimistic-estimate
 * pruning, a redundancy filter and confirmation on the other half; the package-private types are
 * its steps: {@code Halves} (the split), {@code SegmentSearch} with a {@code Scorer} per kind of
 * target, {@code Redundancy}, and {@code Confirmation} with a {@code Comparison} per kind of
 * target.
 */
package org.icpengine.core.discovery;
