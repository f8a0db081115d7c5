package org.icpengine.model.document;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.core.evaluation.CalibrationBin;
import org.icpengine.core.evaluation.TierRow;
import org.icpengine.core.stats.Interval;

/** The fit score's evaluation as icp.json's {@code evaluation} (docs/icp-json.md). */
final class FitEvaluationJson {
  private FitEvaluationJson() {}

  /** Returns the evaluation as JSON. */
  static ObjectNode of(FitEvaluation evaluation) {
    ObjectNode node = FigureJson.object();
    node.put("holdout_share", evaluation.holdoutShare());
    node.put("seed", evaluation.seed());
    node.put("train_rows", evaluation.trainRows());
    node.put("holdout_rows", evaluation.holdoutRows());
    node.set("fit_score", figures(evaluation.fit()));
    node.set("baseline", figures(evaluation.baseline()));
    FigureJson.number(node, "fit_score_auc_before_rounding", evaluation.unroundedAuc());
    FitEvaluation.Honesty honesty = evaluation.honesty();
    ObjectNode trust = node.putObject("readable_points");
    FigureJson.number(trust, "auc_as_trained", honesty.aucTrained());
    FigureJson.number(trust, "auc_unknown_not_evidence", honesty.aucHonest());
    FigureJson.number(trust, "auc_readable_ranges", honesty.aucReadable());
    trust.put("max_ranges", honesty.maxRanges());
    trust.put("monotone_where_supported", honesty.monotone());
    ArrayNode signals = trust.putArray("missing_signals");
    honesty.missingSignals().forEach(signals::add);
    if (evaluation.engagementAuc().isPresent()) {
      FigureJson.number(node, "engagement_score_auc", evaluation.engagementAuc().get());
    } else {
      node.putNull("engagement_score_auc");
    }
    if (evaluation.sides().isPresent()) {
      SideBySide sides = evaluation.sides().get();
      ObjectNode side = node.putObject("side_by_side");
      side.set("engagement_score", figures(sides.engagement()));
      side.set("priority", figures(sides.priority()));
      ArrayNode grades = side.putArray("grades");
      for (GradeCell cell : sides.grades()) {
        ObjectNode g = grades.addObject();
        g.put("grade", cell.grade());
        g.put("rows", cell.rows());
        g.put("ideal", cell.ideal());
        FigureJson.number(g, "observed_rate", cell.observedRate());
        FigureJson.number(g, "ideal_captured", cell.idealCaptured());
      }
    } else {
      node.putNull("side_by_side");
    }
    return node;
  }

  private static ObjectNode figures(ModelFigures figures) {
    ObjectNode node = FigureJson.object();
    node.put("name", figures.name());
    FigureJson.number(node, "auc", figures.metrics().auc());
    Interval ci = figures.aucInterval();
    ObjectNode interval = node.putObject("auc_ci");
    FigureJson.number(interval, "low", ci.low());
    FigureJson.number(interval, "high", ci.high());
    FigureJson.number(node, "top_decile_lift", figures.metrics().topDecileLift());
    FigureJson.number(node, "brier", figures.metrics().brier());
    FigureJson.number(node, "calibration_slope", figures.metrics().calibrationSlope());
    FigureJson.number(node, "calibration_intercept", figures.metrics().calibrationIntercept());
    FigureJson.number(node, "ideal_captured_by_a", figures.tiers().idealCapturedByA());
    FigureJson.number(node, "ideal_captured_by_a_b", figures.tiers().idealCapturedByAB());
    FigureJson.number(node, "a_to_d_rate_ratio", figures.tiers().rateRatioAToD());
    ArrayNode tiers = node.putArray("tiers");
    for (TierRow row : figures.tiers().tiers()) {
      ObjectNode t = tiers.addObject();
      t.put("tier", String.valueOf(row.tier()));
      t.put("rows", row.rows());
      FigureJson.number(t, "share", row.share());
      t.put("ideal", row.ideal());
      FigureJson.number(t, "observed_rate", row.observedRate());
      FigureJson.number(t, "expected_rate", row.expectedRate());
    }
    ArrayNode calibration = node.putArray("calibration");
    for (CalibrationBin bin : figures.calibration()) {
      ObjectNode b = calibration.addObject();
      b.put("rows", bin.rows());
      FigureJson.number(b, "mean_predicted", bin.meanPredicted());
      FigureJson.number(b, "observed_rate", bin.observedRate());
    }
    return node;
  }
}
