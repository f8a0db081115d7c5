package org.icpengine.core.score;

/**
 * A trained fit score: the additive model, its calibration and its points table.
 *
 * @param trained the boosted model and how many rounds each bag ran
 * @param platt the calibration of the model's log-odds
 * @param scorecard the points table and tiers
 */
public record FitModel(Ebm.Trained trained, Platt platt, Scorecard scorecard) {
  /**
   * Trains the model on the rows, calibrates it on the same rows and fixes the tiers on the
   * reference rows (usually every account of the file).
   */
  public static FitModel train(
      TrainingData train, boolean[] ordered, EbmOptions options, TrainingData reference) {
    Ebm.Trained trained = Ebm.train(train, ordered, options);
    Platt platt = Platt.fit(trained.model().logits(train), train.labels());
    Scorecard scorecard = Scorecard.of(trained.model(), platt, reference, Tiers.DEFAULT_SHARES);
    return new FitModel(trained, platt, scorecard);
  }

  /** Returns the calibrated probability of each row from its whole-point score. */
  public double[] probabilities(TrainingData data) {
    int[] scores = scorecard.scores(data);
    double[] probabilities = new double[scores.length];
    for (int i = 0; i < scores.length; i++) {
      probabilities[i] = scorecard.probability(scores[i]);
    }
    return probabilities;
  }
}
