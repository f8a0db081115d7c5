/**
 * The ICP fit score: an additive model learned from binned attributes in the manner of the
 * Explainable Boosting Machine ({@link org.icpengine.core.score.Ebm}), calibrated and turned into a
 * 0–100 points table whose per-attribute points add up exactly to the score ({@link
 * org.icpengine.core.score.Scorecard}), with tiers fixed at training time.
 *
 * <p>Before calibration, a model can be made honest about unknown values ({@link
 * org.icpengine.core.score.Missingness}: an unknown bin is worth 0 unless a held-out score test
 * confirms it) and readable ({@link org.icpengine.core.score.Ranges}: a few ranges per ordered
 * feature, monotone where the shape nearly is).
 *
 * <p>Rows arrive as bin codes ({@link org.icpengine.core.score.TrainingData}); what a bin means (a
 * level, a value range, "unknown") is the data module's business.
 */
package org.icpengine.core.score;
