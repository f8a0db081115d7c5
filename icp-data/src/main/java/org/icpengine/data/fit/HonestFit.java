package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.core.evaluation.ScoreMetrics;
import org.icpengine.core.score.AdditiveModel;
import org.icpengine.core.score.Ebm;
import org.icpengine.core.score.EbmOptions;
import org.icpengine.core.score.FitModel;
import org.icpengine.core.score.Missingness;
import org.icpengine.core.score.Ranges;
import org.icpengine.core.score.TrainingData;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;

/**
 * Trains a fit score people can trust: boosts the model on the training rows, makes unknown values
 * worth 0 unless a held-out test confirms missingness as a signal ({@link Missingness}), then
 * merges each number's bins into at most {@value #MAX_RANGES} ranges cut at round values, monotone
 * where the shape nearly is ({@link Ranges}). The simplest shapes whose held-out AUC is within
 * {@value #AUC_BUDGET} of the honest model's are kept: monotone with {@value #MAX_RANGES} ranges,
 * else without forcing monotone, else with up to {@value #MAX_RANGES_FALLBACK} ranges; failing all
 * three, the version with the best AUC. What each step cost is kept for the report.
 */
final class HonestFit {
  /** The most ranges of a number attribute, "unknown" aside. */
  static final int MAX_RANGES = 6;

  /** The most ranges when six cost too much. */
  static final int MAX_RANGES_FALLBACK = 8;

  /** The held-out AUC the readable ranges may cost. */
  static final double AUC_BUDGET = 0.002;

  /**
   * A trained score and what making it honest and readable cost on the held-out rows.
   *
   * @param model the calibrated model with its points table
   * @param signals per attribute, its confirmed missingness signal
   * @param aucTrained the held-out AUC of the model as boosted
   * @param aucHonest the AUC with unknown values worth 0 (confirmed signals kept)
   * @param aucReadable the AUC with readable ranges, the model published
   * @param maxRanges the most ranges a number attribute was allowed
   * @param monotone whether nearly monotone shapes were made monotone
   */
  record Result(
      FitModel model,
      List<Optional<PointsTable.MissingSignal>> signals,
      double aucTrained,
      double aucHonest,
      double aucReadable,
      int maxRanges,
      boolean monotone) {
    /** Returns the published points table of the attributes. */
    PointsTable table(List<FitAttribute> attributes, TrainingData train) {
      return PointsTable.of(
          attributes, model.scorecard(), model.scorecard().importance(train), signals);
    }
  }

  private HonestFit() {}

  /**
   * Trains the score.
   *
   * @param cuts per attribute, where its ranges may end ({@link FitAttributes.Choice#cuts})
   * @param reference the rows the tiers are fixed on
   */
  static Result train(
      List<FitAttribute> attributes,
      List<boolean[]> cuts,
      TrainingData train,
      TrainingData holdout,
      TrainingData reference,
      EbmOptions options) {
    Ebm.Trained trained = Ebm.train(train, FitRows.ordered(attributes), options);
    boolean[] testable = new boolean[attributes.size()];
    for (int f = 0; f < testable.length; f++) {
      testable[f] = attributes.get(f).kind() != FitAttribute.Kind.SET_ITEM;
    }
    List<Missingness.Test> tests = Missingness.test(trained.model(), train, holdout, testable);
    boolean[] keep = new boolean[attributes.size()];
    List<Optional<PointsTable.MissingSignal>> signals = new ArrayList<>();
    for (Missingness.Test test : tests) {
      keep[test.feature()] = test.confirmed();
      signals.add(
          test.confirmed()
              ? Optional.of(
                  new PointsTable.MissingSignal(
                      test.unknownRows(), test.observed(), test.expected(), test.p()))
              : Optional.empty());
    }
    AdditiveModel honest = Missingness.neutralise(trained.model(), train, keep);
    double aucHonest = auc(honest, holdout);
    int[][] steps = {{MAX_RANGES, 1}, {MAX_RANGES, 0}, {MAX_RANGES_FALLBACK, 0}};
    AdditiveModel best = null;
    double bestAuc = Double.NEGATIVE_INFINITY;
    int[] bestStep = steps[0];
    for (int[] step : steps) {
      AdditiveModel readable = Ranges.simplify(honest, train, cuts, step[0], step[1] == 1);
      double auc = auc(readable, holdout);
      if (auc > bestAuc) {
        best = readable;
        bestAuc = auc;
        bestStep = step;
      }
      if (aucHonest - auc <= AUC_BUDGET) {
        break;
      }
    }
    FitModel model = FitModel.calibrate(trained, best, train, reference);
    return new Result(
        model,
        signals,
        auc(trained.model(), holdout),
        aucHonest,
        bestAuc,
        bestStep[0],
        bestStep[1] == 1);
  }

  private static double auc(AdditiveModel model, TrainingData rows) {
    return ScoreMetrics.of(model.probabilities(rows), rows.labels()).auc();
  }
}
