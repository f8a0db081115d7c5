package org.icpengine.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * icp.json's {@code evaluation} part: written from, and read back into, a {@link
 * HeldOutEvaluation}.
 */
final class EvaluationJson {
  private EvaluationJson() {}

  /** Returns the evaluation as JSON. */
  static ObjectNode of(HeldOutEvaluation evaluation) {
    ObjectNode node = FigureJson.object();
    node.put("holdout_share", evaluation.holdoutShare());
    node.put("seed", evaluation.seed());
    node.put("train_rows", evaluation.trainRows());
    node.put("holdout_rows", evaluation.holdoutRows());
    node.set("fit_score", figures(evaluation.fit()));
    node.set("baseline", figures(evaluation.baseline()));
    FigureJson.number(node, "fit_score_auc_before_rounding", evaluation.aucBeforeRounding());
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
      node.set("side_by_side", sides(evaluation.sides().get()));
    } else {
      node.putNull("side_by_side");
    }
    return node;
  }

  private static ObjectNode sides(HeldOutEvaluation.Sides sides) {
    ObjectNode side = FigureJson.object();
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
    return side;
  }

  private static ObjectNode figures(HeldOutEvaluation.Figures figures) {
    ObjectNode node = FigureJson.object();
    node.put("name", figures.name());
    FigureJson.number(node, "auc", figures.auc());
    ObjectNode interval = node.putObject("auc_ci");
    FigureJson.number(interval, "low", figures.aucLow());
    FigureJson.number(interval, "high", figures.aucHigh());
    FigureJson.number(node, "top_decile_lift", figures.topDecileLift());
    FigureJson.number(node, "brier", figures.brier());
    FigureJson.number(node, "calibration_slope", figures.calibrationSlope());
    FigureJson.number(node, "calibration_intercept", figures.calibrationIntercept());
    FigureJson.number(node, "ideal_captured_by_a", figures.idealCapturedByA());
    FigureJson.number(node, "ideal_captured_by_a_b", figures.idealCapturedByAB());
    FigureJson.number(node, "a_to_d_rate_ratio", figures.rateRatioAToD());
    ArrayNode tiers = node.putArray("tiers");
    for (HeldOutEvaluation.Tier row : figures.tiers()) {
      ObjectNode t = tiers.addObject();
      t.put("tier", row.tier());
      t.put("rows", row.rows());
      FigureJson.number(t, "share", row.share());
      t.put("ideal", row.ideal());
      FigureJson.number(t, "observed_rate", row.observedRate());
      FigureJson.number(t, "expected_rate", row.expectedRate());
    }
    ArrayNode calibration = node.putArray("calibration");
    for (HeldOutEvaluation.Bin bin : figures.calibration()) {
      ObjectNode b = calibration.addObject();
      b.put("rows", bin.rows());
      FigureJson.number(b, "mean_predicted", bin.meanPredicted());
      FigureJson.number(b, "observed_rate", bin.observedRate());
    }
    return node;
  }

  /** Reads the evaluation; a part that is absent reads as unknown (NaN, empty, zero). */
  static HeldOutEvaluation read(JsonNode node) {
    JsonNode trust = node.path("readable_points");
    List<String> signals = new ArrayList<>();
    trust.path("missing_signals").forEach(s -> signals.add(s.asText()));
    JsonNode engagement = node.path("engagement_score_auc");
    JsonNode side = node.path("side_by_side");
    return new HeldOutEvaluation(
        Parts.number(node, "holdout_share"),
        node.path("seed").asLong(),
        node.path("train_rows").asInt(),
        node.path("holdout_rows").asInt(),
        figures(node.path("fit_score")),
        figures(node.path("baseline")),
        Parts.number(node, "fit_score_auc_before_rounding"),
        new FitEvaluation.Honesty(
            Parts.number(trust, "auc_as_trained"),
            Parts.number(trust, "auc_unknown_not_evidence"),
            Parts.number(trust, "auc_readable_ranges"),
            trust.path("max_ranges").asInt(),
            trust.path("monotone_where_supported").asBoolean(),
            signals),
        engagement.isNumber() ? Optional.of(engagement.doubleValue()) : Optional.empty(),
        side.isObject() ? Optional.of(sides(side)) : Optional.empty());
  }

  private static HeldOutEvaluation.Sides sides(JsonNode side) {
    List<GradeCell> grades = new ArrayList<>();
    for (JsonNode g : side.path("grades")) {
      grades.add(
          new GradeCell(
              g.path("grade").asText(),
              g.path("rows").asInt(),
              g.path("ideal").asInt(),
              Parts.number(g, "observed_rate"),
              Parts.number(g, "ideal_captured")));
    }
    return new HeldOutEvaluation.Sides(
        figures(side.path("engagement_score")), figures(side.path("priority")), grades);
  }

  private static HeldOutEvaluation.Figures figures(JsonNode node) {
    List<HeldOutEvaluation.Tier> tiers = new ArrayList<>();
    for (JsonNode t : node.path("tiers")) {
      tiers.add(
          new HeldOutEvaluation.Tier(
              t.path("tier").asText(),
              t.path("rows").asInt(),
              Parts.number(t, "share"),
              t.path("ideal").asInt(),
              Parts.number(t, "observed_rate"),
              Parts.number(t, "expected_rate")));
    }
    List<HeldOutEvaluation.Bin> bins = new ArrayList<>();
    for (JsonNode b : node.path("calibration")) {
      bins.add(
          new HeldOutEvaluation.Bin(
              b.path("rows").asLong(),
              Parts.number(b, "mean_predicted"),
              Parts.number(b, "observed_rate")));
    }
    return new HeldOutEvaluation.Figures(
        node.path("name").asText(""),
        Parts.number(node, "auc"),
        Parts.number(node.path("auc_ci"), "low"),
        Parts.number(node.path("auc_ci"), "high"),
        Parts.number(node, "top_decile_lift"),
        Parts.number(node, "brier"),
        Parts.number(node, "calibration_slope"),
        Parts.number(node, "calibration_intercept"),
        Parts.number(node, "ideal_captured_by_a"),
        Parts.number(node, "ideal_captured_by_a_b"),
        Parts.number(node, "a_to_d_rate_ratio"),
        tiers,
        bins);
  }
}
