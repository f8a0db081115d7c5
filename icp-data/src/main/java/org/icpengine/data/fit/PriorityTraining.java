package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.score.EbmOptions;
import org.icpengine.core.score.FitModel;
import org.icpengine.core.score.TrainingData;
import org.icpengine.model.document.GradeCell;
import org.icpengine.model.document.ModelFigures;
import org.icpengine.model.document.SideBySide;
import org.icpengine.model.scoring.EngagementLevels;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.Priority;

/**
 * Trains what sits beside the fit score when the data has behavioural columns: the engagement score
 * (engagement attributes only, no interactions) and the {@link Priority} — one additive model over
 * the fit and engagement attributes together, with interactions (also across the two sides), made
 * honest and readable as the fit score is ({@link HonestFit}) — and the grade's engagement levels,
 * learned from the engagement scores of the reference rows that have an engagement value. Each is
 * judged on the fit score's held-out rows.
 */
final class PriorityTraining {
  /**
   * What was trained.
   *
   * @param engagement the engagement score's points table
   * @param engagementAuc its held-out AUC, from its whole-point scores
   * @param priority the priority and the grade's levels
   * @param sides the engagement score, the priority and the grades on the held-out rows
   */
  record Result(
      PointsTable engagement, double engagementAuc, Priority priority, SideBySide sides) {}

  /**
   * The rows the fit score was trained and judged on.
   *
   * @param all the codes of every row read: the fit attributes', then the engagement ones'
   * @param fitFeatures how many of its features are the fit attributes
   * @param train the training rows, as positions in {@code all}
   * @param holdout the held-out rows
   * @param fitTiers the fit score's tier of each held-out row, disqualifiers applied
   */
  record Rows(TrainingData all, int fitFeatures, int[] train, int[] holdout, char[] fitTiers) {}

  private PriorityTraining() {}

  /** Trains the engagement score and the priority on the rows the fit score used. */
  static Result train(FitAttributes.Choice choice, Rows rows, EbmOptions ebm) {
    List<FitAttribute> engaged = choice.engagement();
    TrainingData engagementAll =
        rows.all().features(FitTraining.range(rows.fitFeatures(), rows.all().features()));
    TrainingData engagementTrain = engagementAll.rows(rows.train());
    TrainingData engagementHoldout = engagementAll.rows(rows.holdout());
    HonestFit.Result engagement =
        HonestFit.train(
            engaged,
            choice.cuts(engaged),
            engagementTrain,
            engagementHoldout,
            engagementAll,
            ebm.withInteractions(0));
    FitModel engagementModel = engagement.model();
    List<FitAttribute> both = new ArrayList<>(choice.fit());
    both.addAll(engaged);
    TrainingData all = rows.all();
    TrainingData train = all.rows(rows.train());
    TrainingData holdout = all.rows(rows.holdout());
    HonestFit.Result priority = HonestFit.train(both, choice.cuts(both), train, holdout, all, ebm);
    EngagementLevels levels = levels(engagementModel, engagementAll);
    ModelFigures engagementFigures =
        FitTraining.figures(
            "Engagement score",
            engagementModel.probabilities(engagementHoldout),
            FitTraining.tiersByShare(
                engagementModel.probabilities(engagementTrain),
                engagementModel.probabilities(engagementHoldout)),
            holdout.labels());
    ModelFigures priorityFigures =
        FitTraining.figures(
            "Priority (fit × engagement)",
            priority.model().probabilities(holdout),
            FitTraining.tiersByShare(
                priority.model().probabilities(train), priority.model().probabilities(holdout)),
            holdout.labels());
    List<GradeCell> grades =
        grades(
            rows.fitTiers(),
            engagementScores(engagementModel, engagementHoldout),
            levels,
            holdout.labels());
    return new Result(
        engagement.table(engaged, engagementTrain),
        engagementFigures.metrics().auc(),
        new Priority(priority.table(both, train), levels),
        new SideBySide(engagementFigures, priorityFigures, grades));
  }

  /**
   * The engagement score of each row in whole points, or {@code null} where no engagement attribute
   * has a value (as {@code icp score} leaves it empty).
   */
  static Integer[] engagementScores(FitModel model, TrainingData rows) {
    int[] scores = model.scorecard().scores(rows);
    Integer[] known = new Integer[scores.length];
    for (int i = 0; i < scores.length; i++) {
      for (int f = 0; f < rows.features(); f++) {
        if (rows.code(f, i) > 0) {
          known[i] = scores[i];
          break;
        }
      }
    }
    return known;
  }

  private static EngagementLevels levels(FitModel model, TrainingData reference) {
    Integer[] scores = engagementScores(model, reference);
    int[] known = java.util.Arrays.stream(scores).filter(s -> s != null).mapToInt(s -> s).toArray();
    return known.length == 0 ? new EngagementLevels(100, 99) : EngagementLevels.fromScores(known);
  }

  /** Counts held-out rows and ideal rows per grade, best tier and level first. */
  static List<GradeCell> grades(
      char[] tiers, Integer[] engagement, EngagementLevels levels, boolean[] labels) {
    java.util.Map<String, int[]> counts = new java.util.TreeMap<>(GradeCell.ORDER);
    int ideal = 0;
    for (int i = 0; i < tiers.length; i++) {
      int[] c =
          counts.computeIfAbsent(
              levels.grade(String.valueOf(tiers[i]), engagement[i]), g -> new int[2]);
      c[0]++;
      if (labels[i]) {
        c[1]++;
        ideal++;
      }
    }
    List<GradeCell> cells = new ArrayList<>();
    for (java.util.Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      cells.add(
          new GradeCell(
              e.getKey(),
              c[0],
              c[1],
              (double) c[1] / c[0],
              ideal == 0 ? Double.NaN : (double) c[1] / ideal));
    }
    return cells;
  }
}
