package org.icpengine.model.document;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.evaluation.CalibrationBin;
import org.icpengine.core.evaluation.TierRow;
import org.icpengine.core.stats.Interval;

/**
 * icp.json's {@code evaluation} as stored: the figures {@link FitEvaluation} measured, in the shape
 * they are written and read back (docs/icp-json.md#evaluation).
 *
 * @param holdoutShare the share of each class held out
 * @param seed the seed of the split and of training
 * @param trainRows the rows the models learned from
 * @param holdoutRows the rows they were judged on
 * @param fit the fit score's figures
 * @param baseline the scorecard baseline's figures
 * @param aucBeforeRounding the fit model's AUC before its points were rounded
 * @param honesty what making the fit score honest and readable cost
 * @param engagementAuc the engagement score's AUC, when there is one
 * @param sides the engagement score, the priority and the grades on the same rows, when there are
 */
public record HeldOutEvaluation(
    double holdoutShare,
    long seed,
    int trainRows,
    int holdoutRows,
    Figures fit,
    Figures baseline,
    double aucBeforeRounding,
    FitEvaluation.Honesty honesty,
    Optional<Double> engagementAuc,
    Optional<Sides> sides) {

  /**
   * How one scoring model did on the held-out rows.
   *
   * @param name the model's name in reports
   * @param auc its AUC; NaN when unknown
   * @param aucLow the low end of the AUC's 95 % interval
   * @param aucHigh the high end
   * @param topDecileLift the ideal rate of the top tenth over the overall rate
   * @param brier the Brier score
   * @param calibrationSlope the calibration line's slope
   * @param calibrationIntercept its intercept
   * @param idealCapturedByA the share of ideal rows in tier A
   * @param idealCapturedByAB the share in tiers A and B
   * @param rateRatioAToD tier A's ideal rate over tier D's
   * @param tiers rows, ideal rate observed and expected per tier
   * @param calibration equal-count bins of predicted probability with the observed rate
   */
  public record Figures(
      String name,
      double auc,
      double aucLow,
      double aucHigh,
      double topDecileLift,
      double brier,
      double calibrationSlope,
      double calibrationIntercept,
      double idealCapturedByA,
      double idealCapturedByAB,
      double rateRatioAToD,
      List<Tier> tiers,
      List<Bin> calibration) {
    /** Copies the lists. */
    public Figures {
      tiers = List.copyOf(tiers);
      calibration = List.copyOf(calibration);
    }

    /** Returns a model's figures as stored. */
    public static Figures of(ModelFigures figures) {
      Interval ci = figures.aucInterval();
      return new Figures(
          figures.name(),
          figures.metrics().auc(),
          ci.low(),
          ci.high(),
          figures.metrics().topDecileLift(),
          figures.metrics().brier(),
          figures.metrics().calibrationSlope(),
          figures.metrics().calibrationIntercept(),
          figures.tiers().idealCapturedByA(),
          figures.tiers().idealCapturedByAB(),
          figures.tiers().rateRatioAToD(),
          figures.tiers().tiers().stream().map(Tier::of).toList(),
          figures.calibration().stream().map(Bin::of).toList());
    }
  }

  /** One tier's held-out rows: how many, their share, the ideal ones, observed/expected rate. */
  public record Tier(
      String tier, int rows, double share, int ideal, double observedRate, double expectedRate) {
    static Tier of(TierRow row) {
      return new Tier(
          String.valueOf(row.tier()),
          row.rows(),
          row.share(),
          row.ideal(),
          row.observedRate(),
          row.expectedRate());
    }
  }

  /** A calibration bin: its rows, mean predicted probability and observed ideal rate. */
  public record Bin(long rows, double meanPredicted, double observedRate) {
    static Bin of(CalibrationBin bin) {
      return new Bin(bin.rows(), bin.meanPredicted(), bin.observedRate());
    }
  }

  /** The engagement score's and the priority's figures, and the grade matrix. */
  public record Sides(Figures engagement, Figures priority, List<GradeCell> grades) {
    /** Copies the list. */
    public Sides {
      grades = List.copyOf(grades);
    }
  }

  /** Returns an evaluation as it is stored. */
  public static HeldOutEvaluation of(FitEvaluation evaluation) {
    return new HeldOutEvaluation(
        evaluation.holdoutShare(),
        evaluation.seed(),
        evaluation.trainRows(),
        evaluation.holdoutRows(),
        Figures.of(evaluation.fit()),
        Figures.of(evaluation.baseline()),
        evaluation.unroundedAuc(),
        evaluation.honesty(),
        evaluation.engagementAuc(),
        evaluation
            .sides()
            .map(s -> new Sides(Figures.of(s.engagement()), Figures.of(s.priority()), s.grades())));
  }
}
