/**
 * How good a score is on rows it has not learned from. {@link
 * org.icpengine.core.evaluation.ScoreMetrics} gathers the headline figures: discrimination ({@link
 * org.icpengine.core.evaluation.Discrimination}: AUC, top-decile lift) and calibration ({@link
 * org.icpengine.core.evaluation.Calibration}: Brier score, calibration slope and intercept,
 * calibration bins). {@link org.icpengine.core.evaluation.TierTable} reads the A–D tiers of a score
 * as a business table, and {@link org.icpengine.core.evaluation.WoeScorecard} is the classic
 * weight-of-evidence logistic scorecard that any new score has to beat.
 */
package org.icpengine.core.evaluation;
