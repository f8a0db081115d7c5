/**
 * The fit score on files (the model itself and the single-account scorer are in icp-model, {@code
 * org.icpengine.model.scoring}): which attributes feed it and how a row's values become bins
 * ({@link org.icpengine.model.scoring.FitAttribute}), training and evaluating it on a dataset
 * ({@link org.icpengine.data.fit.FitTraining}), the published points table stored in icp.json
 * ({@link org.icpengine.model.scoring.ScoreModel}, {@link
 * org.icpengine.model.document.ScoreModelJson}) and batch scoring of a file by the engine ({@link
 * org.icpengine.data.fit.BatchScorer}).
 *
 * <p>Training and scoring code rows with the same SQL ({@link
 * org.icpengine.model.scoring.FitAttribute#codeSql()}), so a file scores the same in both.
 *
 * <p>A score people can trust: unknown values are worth 0 unless a held-out test confirms
 * missingness as a signal, and numbers read as a few round ranges ({@link
 * org.icpengine.data.fit.HonestFit}, {@link org.icpengine.model.scoring.NumberScale}); every scorer
 * gives each account a coverage and a status, and too little known means no score ({@link
 * org.icpengine.model.scoring.Coverage}).
 */
package org.icpengine.data.fit;
