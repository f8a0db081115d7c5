/**
 * Whether a score model still describes the accounts it is used on. Start from {@link
 * org.icpengine.core.drift.DriftCheck}: population drift per attribute on the model's own bins
 * ({@link org.icpengine.core.drift.Divergences}: PSI and Jensen–Shannon distance as effect sizes;
 * {@link org.icpengine.core.drift.Homogeneity}: a χ² or permutation test whose threshold scales
 * with both sample sizes; Benjamini–Hochberg q-values across the family), score drift ({@link
 * org.icpengine.core.drift.ScoreDrift}) and performance decay ({@link
 * org.icpengine.core.drift.PerformanceDrift}). An alarm needs both significance and size ({@link
 * org.icpengine.core.drift.DriftRule}). {@link org.icpengine.core.drift.TraitShift} contrasts the
 * traits of two samples ("what changed"); {@link org.icpengine.core.drift.SegmentFit} judges
 * whether a segment of accounts fits the ICP.
 */
package org.icpengine.core.drift;
