package org.icpengine.core.score;

/**
 * A trained fit score: the additive model, its calibration and its points table.
 *
 * @param trained the boosted model and how many rounds each bag ran
 * @param model the model the points come from: the boosted one, or a version made honest about
 *     unknown values and readable ({@link Missingness}, {@link Ranges})
 * @param platt the calibration of the model's log-odds
 * @param scorecard the points table and tiers
 */
public record FitModel(Ebm.Trained trained, AdditiveModel model, Platt platt, Scorecard scorecard) {
  /**
   * Trains the model on the rows, calibrates it on the same rows and fixes the tiers on the
   * reference rows (usually every account of the file).
   */
  public static FitModel train(
      TrainingData train, boolean[] ordered, EbmOptions options, TrainingData reference) {
    Ebm.Trained trained = Ebm.train(train, ordered, options);
    return calibrate(trained, trained.model(), train, reference);
  }

  /**
   * Calibrates a model derived from a trained one on the training rows and fixes the tiers on the
   * reference rows.
   */
  public static FitModel calibrate(
      Ebm.Trained trained, AdditiveModel model, TrainingData train, TrainingData reference) {
    Platt platt = Platt.fit(model.logits(train), train.labels());
    Scorecard scorecard = Scorecard.of(model, platt, reference, Tiers.DEFAULT_SHARES);
    return new FitModel(trained, model, platt, scorecard);
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
