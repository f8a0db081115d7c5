package org.icpengine.data.fit;

import java.util.Optional;

/**
 * The fit score judged on a stratified held-out part of the file, beside the weight-of-evidence
 * logistic-regression scorecard trained on the same rows.
 *
 * @param holdoutShare the share of each class held out
 * @param seed the seed of the split and of training
 * @param trainRows the rows the models learned from
 * @param holdoutRows the rows they were judged on
 * @param fit the fit score's figures (from its whole-point scores)
 * @param baseline the scorecard baseline's figures
 * @param unroundedAuc the AUC of the fit model before its points were rounded
 * @param engagementAuc the engagement score's AUC, when there is one
 */
public record FitEvaluation(
    double holdoutShare,
    long seed,
    int trainRows,
    int holdoutRows,
    ModelFigures fit,
    ModelFigures baseline,
    double unroundedAuc,
    Optional<Double> engagementAuc) {}
