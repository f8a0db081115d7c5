/**
 * The fit score's model and the single-account scorer, in plain Java: the published points table
 * ({@link org.icpengine.model.scoring.PointsTable}) with its attributes and bins ({@link
 * org.icpengine.model.scoring.FitAttribute}), tiers, disqualifiers, the engagement score and the
 * priority ({@link org.icpengine.model.scoring.ScoreModel}); scoring one account as the engine
 * scores a file's row ({@link org.icpengine.model.scoring.AccountScorer}), with coverage and status
 * ({@link org.icpengine.model.scoring.Coverage}). Start from {@code AccountScorer}.
 *
 * <p>{@link org.icpengine.model.scoring.FitAttribute#codeSql()} and the coverage rules also give
 * the SQL text the engine runs (string building only; the engine is in icp-data), so the Java and
 * the engine's scorer read one definition.
 */
package org.icpengine.model.scoring;
