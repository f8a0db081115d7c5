/**
 * Small-sample statistics computed from sufficient statistics rather than raw rows, so that the
 * data layer can aggregate with SQL and hand over a few numbers. Start from {@link
 * org.icpengine.core.stats.Moments} (count, sum and sum of squares of a sample) and {@link
 * org.icpengine.core.stats.Figure} (an estimate with its 95 % confidence interval and p-value); the
 * plural-noun classes {@link org.icpengine.core.stats.Proportions}, {@link
 * org.icpengine.core.stats.Means}, {@link org.icpengine.core.stats.Ratios} and {@link
 * org.icpengine.core.stats.Medians} compute intervals and tests for each kind of estimate.
 */
package org.icpengine.core.stats;
