package org.icpengine.model.document;

import java.util.List;
import org.icpengine.core.evaluation.CalibrationBin;
import org.icpengine.core.evaluation.Discrimination;
import org.icpengine.core.evaluation.ScoreMetrics;
import org.icpengine.core.evaluation.TierTable;
import org.icpengine.core.stats.Interval;

/**
 * How one scoring model did on the held-out rows.
 *
 * @param name the model's name in reports
 * @param metrics AUC, top-decile lift, Brier score and calibration line
 * @param tiers rows, ideal rate observed and expected per tier, and captures
 * @param calibration ten equal-count bins of predicted probability with the observed rate
 */
public record ModelFigures(
    String name, ScoreMetrics metrics, TierTable tiers, List<CalibrationBin> calibration) {
  /** Copies the list. */
  public ModelFigures {
    calibration = List.copyOf(calibration);
  }

  /** Returns the 95 % interval of the AUC (Hanley–McNeil), from the held-out class sizes. */
  public Interval aucInterval() {
    return Discrimination.aucInterval(
        metrics.auc(), metrics.positives(), metrics.rows() - metrics.positives());
  }
}
