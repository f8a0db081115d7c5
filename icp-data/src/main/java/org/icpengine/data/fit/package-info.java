/**
 * The fit score on files: which attributes feed it and how a row's values become bins ({@link
 * org.icpengine.data.fit.FitAttribute}), training and evaluating it on a dataset ({@link
 * org.icpengine.data.fit.FitTraining}), the published points table stored in icp.json ({@link
 * org.icpengine.data.fit.ScoreModel}, {@link org.icpengine.data.fit.ScoreModelJson}) and batch
 * scoring of a file by the engine ({@link org.icpengine.data.fit.BatchScorer}).
 *
 * <p>Training and scoring code rows with the same SQL ({@link
 * org.icpengine.data.fit.FitAttribute#codeSql()}), so a file scores the same in both.
 */
package org.icpengine.data.fit;
