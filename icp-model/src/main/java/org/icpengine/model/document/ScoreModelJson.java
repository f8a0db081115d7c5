package org.icpengine.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.icpengine.core.column.ValueType;
import org.icpengine.core.score.Scorecard;
import org.icpengine.core.score.Tiers;
import org.icpengine.model.scoring.Disqualifier;
import org.icpengine.model.scoring.EngagementLevels;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.NumberScale;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.Priority;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The score model and its evaluation as icp.json's {@code fit_model} and {@code evaluation}
 * (docs/icp-json.md), and back. Reading checks every part, so a hand-edited file that no longer
 * makes sense is refused with what is wrong rather than scored wrongly.
 */
public final class ScoreModelJson {
  /** The points-table format this code writes and reads. */
  public static final String FORMAT = "icp-points/1";

  private ScoreModelJson() {}

  /** Returns the model as JSON. */
  public static ObjectNode of(ScoreModel model) {
    ObjectNode node = table(model.fit());
    node.put("format", FORMAT);
    node.put("base", Scorecard.BASE);
    node.put("min_coverage", model.minCoverage());
    ObjectNode tiers = node.putObject("tiers");
    tiers.put("A", model.tiers().a()).put("B", model.tiers().b()).put("C", model.tiers().c());
    ArrayNode rules = node.putArray("disqualifiers");
    for (Disqualifier rule : model.disqualifiers()) {
      rules
          .addObject()
          .put("column", rule.column())
          .put("value", rule.value())
          .put("reason", rule.reason());
    }
    if (model.engagement().isPresent()) {
      node.set("engagement", table(model.engagement().get()));
    } else {
      node.putNull("engagement");
    }
    if (model.priority().isPresent()) {
      Priority priority = model.priority().get();
      node.set("priority", table(priority.points()));
      node.putObject("engagement_levels")
          .put("high", priority.levels().high())
          .put("medium", priority.levels().medium());
    } else {
      node.putNull("priority");
      node.putNull("engagement_levels");
    }
    model.support().ifPresent(s -> node.set("support", TrainingSupportJson.of(s)));
    return node;
  }

  /** Reads the priority and the grade's levels; absent (older files, no engagement) is empty. */
  private static Optional<Priority> readPriority(JsonNode node, ScoreModel model) {
    JsonNode priority = node.get("priority");
    if (priority == null || priority.isNull()) {
      return Optional.empty();
    }
    PointsTable points = readTable(priority, "fit_model.priority");
    List<String> columns = model.columns();
    for (PointsTable.Scored scored : points.attributes()) {
      if (!columns.contains(scored.attribute().column())) {
        throw new IllegalArgumentException(
            "fit_model.priority reads "
                + scored.attribute().column()
                + ", which neither the fit nor the engagement score reads");
      }
    }
    JsonNode levels = required(node, "engagement_levels");
    try {
      return Optional.of(
          new Priority(
              points, new EngagementLevels(integer(levels, "high"), integer(levels, "medium"))));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fit_model.engagement_levels: " + e.getMessage(), e);
    }
  }

  private static ObjectNode table(PointsTable table) {
    ObjectNode node = FigureJson.object();
    FigureJson.number(node, "points_to_double_the_odds", table.pointsToDoubleTheOdds());
    node.put("factor", table.factor());
    node.put("reference_logit", table.referenceLogit());
    ArrayNode attributes = node.putArray("attributes");
    for (PointsTable.Scored scored : table.attributes()) {
      FitAttribute a = scored.attribute();
      ObjectNode entry = attributes.addObject();
      entry.put("name", a.name());
      entry.put("column", a.column());
      entry.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
      entry.put("type", a.type().key());
      entry.put("category", a.category());
      entry.put("display_name", a.displayName());
      if (a.kind() == FitAttribute.Kind.NUMBER) {
        entry.put("scale", a.scale().key());
        ArrayNode bounds = entry.putArray("upper_bounds");
        a.upperBounds().forEach(bounds::add);
      }
      entry.put("importance", scored.importance());
      if (scored.missingSignal().isPresent()) {
        PointsTable.MissingSignal signal = scored.missingSignal().get();
        entry
            .putObject("missing_signal")
            .put("test", "score test on held-out rows, Bonferroni over the attributes tested")
            .put("held_out_rows", signal.heldOutRows())
            .put("observed_ideal", signal.observed())
            .put("expected_ideal", signal.expected())
            .put("p", signal.p());
      } else {
        entry.putNull("missing_signal");
      }
      if (a.kind() == FitAttribute.Kind.CATEGORY || a.kind() == FitAttribute.Kind.SET_ITEM) {
        ArrayNode levels = entry.putArray("levels");
        a.levels().forEach(levels::add);
      }
      ArrayNode bins = entry.putArray("bins");
      for (int b = 0; b < a.bins(); b++) {
        bins.addObject().put("label", scored.label(b)).put("points", scored.points().get(b));
      }
    }
    ArrayNode pairs = node.putArray("interactions");
    for (PointsTable.Interaction pair : table.interactions()) {
      ObjectNode entry = pairs.addObject();
      entry.putArray("attributes").add(pair.first()).add(pair.second());
      entry
          .putArray("names")
          .add(table.attributes().get(pair.first()).attribute().name())
          .add(table.attributes().get(pair.second()).attribute().name());
      ArrayNode first = entry.putArray("first_groups");
      pair.firstGroups().forEach(first::add);
      ArrayNode second = entry.putArray("second_groups");
      pair.secondGroups().forEach(second::add);
      ArrayNode points = entry.putArray("points");
      for (List<Integer> row : pair.points()) {
        ArrayNode r = points.addArray();
        row.forEach(r::add);
      }
    }
    return node;
  }

  /**
   * Reads a model.
   *
   * @throws IllegalArgumentException naming the first part that is missing or inconsistent
   */
  public static ScoreModel read(JsonNode node) {
    String format = text(node, "format");
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException(
          "fit_model format is " + format + ", this version reads " + FORMAT);
    }
    PointsTable fit = readTable(node, "fit_model");
    JsonNode tiers = required(node, "tiers");
    Tiers thresholds;
    try {
      thresholds = new Tiers(integer(tiers, "A"), integer(tiers, "B"), integer(tiers, "C"));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fit_model.tiers: " + e.getMessage(), e);
    }
    List<Disqualifier> rules = new ArrayList<>();
    for (JsonNode rule : array(node, "disqualifiers")) {
      Disqualifier d =
          new Disqualifier(text(rule, "column"), text(rule, "value"), text(rule, "reason"));
      boolean known =
          fit.attributes().stream().anyMatch(a -> a.attribute().column().equals(d.column()));
      if (!known) {
        throw new IllegalArgumentException(
            "disqualifier on " + d.column() + ", which is not an attribute of the model");
      }
      rules.add(d);
    }
    JsonNode engagement = node.get("engagement");
    Optional<PointsTable> engaged =
        engagement == null || engagement.isNull()
            ? Optional.empty()
            : Optional.of(readTable(engagement, "fit_model.engagement"));
    JsonNode coverage = node.get("min_coverage");
    double minCoverage =
        coverage == null || coverage.isNull()
            ? ScoreModel.DEFAULT_MIN_COVERAGE
            : coverage.isNumber() ? coverage.asDouble() : Double.NaN;
    ScoreModel model;
    try {
      model = new ScoreModel(fit, thresholds, rules, engaged, minCoverage);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fit_model." + e.getMessage(), e);
    }
    Optional<Priority> priority = readPriority(node, model);
    if (priority.isPresent() && engaged.isEmpty()) {
      throw new IllegalArgumentException(
          "fit_model.priority needs fit_model.engagement: without one, the fit score is the"
              + " priority");
    }
    return model.withPriority(priority).withSupport(TrainingSupportJson.readIn(node));
  }

  private static PointsTable readTable(JsonNode node, String where) {
    List<PointsTable.Scored> attributes = new ArrayList<>();
    for (JsonNode entry : array(node, "attributes")) {
      FitAttribute.Kind kind;
      try {
        kind = FitAttribute.Kind.valueOf(text(entry, "kind").toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            where + ": unknown attribute kind " + entry.get("kind"), e);
      }
      List<Double> bounds = new ArrayList<>();
      for (JsonNode b : optionalArray(entry, "upper_bounds")) {
        bounds.add(b.asDouble());
      }
      for (int i = 1; i < bounds.size(); i++) {
        if (!(bounds.get(i) > bounds.get(i - 1))) {
          throw new IllegalArgumentException(
              where + ": upper_bounds of " + text(entry, "column") + " must ascend");
        }
      }
      List<String> levels = new ArrayList<>();
      for (JsonNode l : optionalArray(entry, "levels")) {
        levels.add(l.asText());
      }
      String column = text(entry, "column");
      JsonNode scale = entry.get("scale");
      FitAttribute attribute =
          new FitAttribute(
              column,
              kind,
              text(entry, "category"),
              ValueType.parse(text(entry, "type")),
              bounds,
              levels,
              scale == null || scale.isNull()
                  ? NumberScale.forHeader(column).orElse(NumberScale.DECIMAL)
                  : NumberScale.parse(scale.asText()));
      List<Integer> points = new ArrayList<>();
      for (JsonNode bin : array(entry, "bins")) {
        points.add(integer(bin, "points"));
      }
      attributes.add(scored(entry, attribute, points, where));
    }
    List<PointsTable.Interaction> pairs = new ArrayList<>();
    for (JsonNode entry : array(node, "interactions")) {
      JsonNode which = required(entry, "attributes");
      int first = which.path(0).asInt(-1);
      int second = which.path(1).asInt(-1);
      if (first < 0 || second < 0 || first >= attributes.size() || second >= attributes.size()) {
        throw new IllegalArgumentException(where + ": an interaction names no attribute");
      }
      List<Integer> firstGroups = integers(array(entry, "first_groups"));
      List<Integer> secondGroups = integers(array(entry, "second_groups"));
      List<List<Integer>> points = new ArrayList<>();
      for (JsonNode row : array(entry, "points")) {
        points.add(integers(row));
      }
      check(firstGroups, attributes.get(first), points.size(), where);
      for (List<Integer> row : points) {
        check(secondGroups, attributes.get(second), row.size(), where);
      }
      pairs.add(new PointsTable.Interaction(first, second, firstGroups, secondGroups, points));
    }
    double factor = required(node, "factor").asDouble();
    if (!(factor > 0)) {
      throw new IllegalArgumentException(where + ".factor must be positive");
    }
    return new PointsTable(attributes, pairs, factor, required(node, "reference_logit").asDouble());
  }

  /** An attribute's points; icp.json files before importance and missing signals get defaults. */
  private static PointsTable.Scored scored(
      JsonNode entry, FitAttribute attribute, List<Integer> points, String where) {
    if (points.size() != attribute.bins()) {
      throw new IllegalArgumentException(
          where + ": " + attribute.name() + " needs " + attribute.bins() + " bins");
    }
    JsonNode importance = entry.get("importance");
    if (importance == null || importance.isNull()) {
      return new PointsTable.Scored(attribute, points);
    }
    JsonNode signal = entry.get("missing_signal");
    Optional<PointsTable.MissingSignal> missing =
        signal == null || signal.isNull()
            ? Optional.empty()
            : Optional.of(
                new PointsTable.MissingSignal(
                    integer(signal, "held_out_rows"),
                    integer(signal, "observed_ideal"),
                    required(signal, "expected_ideal").asDouble(),
                    required(signal, "p").asDouble()));
    return new PointsTable.Scored(attribute, points, importance.asDouble(), missing);
  }

  private static void check(
      List<Integer> groups, PointsTable.Scored attribute, int size, String where) {
    if (groups.size() != attribute.attribute().bins()
        || groups.stream().anyMatch(g -> g < 0 || g >= size)) {
      throw new IllegalArgumentException(
          where + ": an interaction's groups do not fit " + attribute.attribute().name());
    }
  }

  private static List<Integer> integers(JsonNode array) {
    List<Integer> values = new ArrayList<>();
    for (JsonNode value : array) {
      if (!value.canConvertToInt()) {
        throw new IllegalArgumentException("expected whole numbers, found " + value);
      }
      values.add(value.asInt());
    }
    return values;
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    return required(node, field).asText();
  }

  private static int integer(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      throw new IllegalArgumentException(field + " must be a whole number, not " + value);
    }
    return value.asInt();
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = required(node, field);
    if (!value.isArray()) {
      throw new IllegalArgumentException(field + " must be a list");
    }
    return value;
  }

  private static JsonNode optionalArray(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? FigureJson.object().arrayNode() : value;
  }

  /** Returns the evaluation as JSON, as icp.json stores it ({@link HeldOutEvaluation}). */
  public static ObjectNode of(FitEvaluation evaluation) {
    return EvaluationJson.of(HeldOutEvaluation.of(evaluation));
  }
}
