package org.icpengine.model.document;

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
 * @param honesty what making the fit score honest about unknowns and readable cost
 * @param sides the engagement score, the priority and the grade matrix on the same held-out rows,
 *     when the data had engagement columns
 */
public record FitEvaluation(
    double holdoutShare,
    long seed,
    int trainRows,
    int holdoutRows,
    ModelFigures fit,
    ModelFigures baseline,
    double unroundedAuc,
    Optional<Double> engagementAuc,
    Honesty honesty,
    Optional<SideBySide> sides) {
  /** Returns an evaluation without engagement score or priority figures. */
  public FitEvaluation(
      double holdoutShare,
      long seed,
      int trainRows,
      int holdoutRows,
      ModelFigures fit,
      ModelFigures baseline,
      double unroundedAuc,
      Optional<Double> engagementAuc,
      Honesty honesty) {
    this(
        holdoutShare,
        seed,
        trainRows,
        holdoutRows,
        fit,
        baseline,
        unroundedAuc,
        engagementAuc,
        honesty,
        Optional.empty());
  }

  /**
   * The held-out AUC of the fit model (before rounding to points) at each step of making it
   * trustworthy.
   *
   * @param aucTrained as boosted, on the fine bins, unknown values scored as learned
   * @param aucHonest with unknown values worth 0 unless confirmed as a signal
   * @param aucReadable with readable ranges: the published model
   * @param maxRanges the most ranges a number attribute was allowed
   * @param monotone whether nearly monotone shapes were made monotone
   * @param missingSignals the attributes whose "not given" is a confirmed signal
   */
  public record Honesty(
      double aucTrained,
      double aucHonest,
      double aucReadable,
      int maxRanges,
      boolean monotone,
      java.util.List<String> missingSignals) {
    /** Copies the list. */
    public Honesty {
      missingSignals = java.util.List.copyOf(missingSignals);
    }
  }
}
