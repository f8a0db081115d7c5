package org.icpengine.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.icpengine.core.cohort.CohortFigures;

/**
 * icp.json's one writer: a whole {@link IcpContents} as JSON, in the order and the shapes of
 * docs/icp-json.md. {@link IcpDocument} reads every part back into the same records.
 */
public final class IcpContentsJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private IcpContentsJson() {}

  /**
   * Returns the document as icp.json's bytes: pretty-printed UTF-8, as {@code icp derive} writes.
   */
  public static byte[] bytes(IcpContents contents) {
    return of(contents).toPrettyString().getBytes(StandardCharsets.UTF_8);
  }

  /** Returns the document as JSON. */
  public static ObjectNode of(IcpContents contents) {
    ObjectNode root = FigureJson.object();
    root.put("format_version", contents.formatVersion());
    root.set("provenance", provenance(contents.provenance()));
    root.set("ideal", ideal(contents.ideal()));
    ArrayNode catalog = root.putArray("attributes");
    contents
        .attributes()
        .forEach(
            c ->
                catalog
                    .addObject()
                    .put("column", c.column())
                    .put("category", c.category())
                    .put("type", c.type()));
    ArrayNode excluded = root.putArray("excluded_columns");
    contents
        .excluded()
        .forEach(e -> excluded.addObject().put("column", e.column()).put("reason", e.reason()));
    ArrayNode traits = root.putArray("traits");
    contents.traits().forEach(t -> traits.add(trait(t)));
    ArrayNode segments = root.putArray("segments");
    contents.segments().forEach(s -> segments.add(segment(s)));
    ArrayNode outcomes = root.putArray("outcome_segments");
    contents.outcomeSegments().forEach(o -> outcomes.add(outcome(o)));
    ObjectNode coverage = root.putObject("coverage");
    FigureJson.number(coverage, "ideal_share", contents.coverage().idealShare());
    FigureJson.number(coverage, "all_share", contents.coverage().allShare());
    root.put("summary", contents.summary());
    ArrayNode notes = root.putArray("notes");
    contents.notes().forEach(notes::add);
    contents
        .verdict()
        .ifPresent(
            v -> {
              root.put("usable", v.usable());
              root.set("usability", verdict(v));
            });
    root.set("fit_model", ScoreModelJson.of(contents.fitModel()));
    root.set("evaluation", EvaluationJson.of(contents.evaluation()));
    return root;
  }

  /**
   * Returns the ideal definition as JSON, as icp.json and every other output that depends on it
   * state it: expression, words, whether it is the default, columns read, counts and rate.
   */
  public static ObjectNode ideal(IcpContents.Ideal ideal) {
    ObjectNode node = FigureJson.object();
    node.put("expression", ideal.expression());
    node.put("description", ideal.description());
    node.put("default", ideal.isDefault());
    ArrayNode read = node.putArray("columns_read");
    ideal.columnsRead().forEach(read::add);
    node.put("ideal_rows", ideal.idealRows());
    node.put("rows", ideal.rows());
    node.put("ideal_rate", ideal.idealRate());
    return node;
  }

  private static ObjectNode verdict(IcpContents.Verdict verdict) {
    ObjectNode node = FigureJson.object();
    if (verdict.reason().isEmpty()) {
      node.putNull("reason");
    } else {
      node.put("reason", verdict.reason());
    }
    FigureJson.number(node, "auc", verdict.auc());
    ObjectNode ci = node.putObject("auc_ci");
    FigureJson.number(ci, "low", verdict.aucLow());
    FigureJson.number(ci, "high", verdict.aucHigh());
    ci.put("method", "Hanley-McNeil, 95 %");
    FigureJson.number(node, "baseline_auc", verdict.baselineAuc());
    node.put("beats_baseline", verdict.beatsBaseline());
    return node;
  }

  private static ObjectNode provenance(IcpContents.Provenance provenance) {
    ObjectNode node = FigureJson.object();
    node.put("input_file", provenance.inputFile());
    node.put("input_sha256", provenance.inputSha256());
    node.put("rows", provenance.rows());
    node.set("options", JSON.valueToTree(provenance.options()));
    node.put("seed", provenance.seed());
    node.put("engine_version", provenance.engineVersion());
    node.put("icp_engine_version", provenance.icpEngineVersion());
    node.put("created_at", provenance.createdAt());
    return node;
  }

  private static ObjectNode trait(IcpContents.Trait trait) {
    ObjectNode node = FigureJson.object();
    node.put("attribute", trait.attribute());
    node.put("category", trait.category());
    node.put("condition", trait.condition());
    node.put("direction", trait.direction());
    FigureJson.number(node, "lift", trait.lift().value());
    node.set(
        "lift_ci",
        FigureJson.object().put("low", trait.lift().low()).put("high", trait.lift().high()));
    node.put("support", trait.support());
    node.put("support_share", trait.supportShare());
    node.put("ideal_coverage", trait.idealCoverage());
    FigureJson.number(node, "p_value", trait.lift().pValue());
    FigureJson.number(node, "q_value", trait.qValue());
    node.set("economics", FigureJson.figures(trait.economics()));
    ArrayNode uses = node.putArray("uses");
    trait.uses().forEach(uses::add);
    if (trait.pinned()) {
      node.put("pinned", true);
    }
    return node;
  }

  private static ObjectNode segment(IcpContents.Segment segment) {
    ObjectNode node = FigureJson.object();
    ArrayNode conditions = node.putArray("conditions");
    segment.conditions().forEach(conditions::add);
    node.put("direction", segment.direction());
    node.set("lift", FigureJson.figure(segment.lift()));
    FigureJson.number(node, "q_value", segment.qValue());
    node.put("support", segment.support());
    node.put("ideal_coverage", segment.idealCoverage());
    return node;
  }

  private static ObjectNode outcome(IcpContents.Outcome outcome) {
    ObjectNode node = FigureJson.object();
    node.put("outcome", outcome.outcome());
    ArrayNode conditions = node.putArray("conditions");
    outcome.conditions().forEach(conditions::add);
    node.put("direction", outcome.direction());
    node.set("difference", FigureJson.figure(outcome.difference()));
    FigureJson.number(node, "q_value", outcome.qValue());
    node.put("support", outcome.support());
    return node;
  }

  // reading, part by part; absent values read as unknown (see Parts)

  static IcpContents.Provenance readProvenance(JsonNode node) {
    Map<String, Object> options = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> option : node.path("options").properties()) {
      options.put(option.getKey(), JSON.convertValue(option.getValue(), Object.class));
    }
    return new IcpContents.Provenance(
        Parts.text(node, "input_file", ""),
        Parts.text(node, "input_sha256", ""),
        node.path("rows").asLong(),
        options,
        node.path("seed").asLong(),
        Parts.text(node, "engine_version", ""),
        Parts.text(node, "icp_engine_version", ""),
        Parts.text(node, "created_at", ""));
  }

  static IcpContents.Ideal readIdeal(JsonNode node) {
    return new IcpContents.Ideal(
        Parts.text(node, "expression", ""),
        Parts.text(node, "description", ""),
        node.path("default").asBoolean(true),
        Parts.texts(node, "columns_read"),
        node.path("ideal_rows").asLong(0),
        node.path("rows").asLong(0));
  }

  static IcpContents.Trait readTrait(JsonNode t) {
    JsonNode ci = t.path("lift_ci");
    return new IcpContents.Trait(
        Parts.text(t, "attribute", ""),
        Parts.text(t, "category", "other"),
        Parts.text(t, "condition", ""),
        Parts.text(t, "direction", ""),
        new org.icpengine.core.stats.Figure(
            Parts.number(t, "lift"),
            Parts.number(ci, "low"),
            Parts.number(ci, "high"),
            Parts.number(t, "p_value")),
        Parts.number(t, "q_value"),
        t.path("support").asLong(),
        Parts.number(t, "support_share"),
        Parts.number(t, "ideal_coverage"),
        readCohort(t.path("economics")),
        Parts.texts(t, "uses"),
        t.path("pinned").asBoolean(false));
  }

  private static CohortFigures readCohort(JsonNode e) {
    return new CohortFigures(
        Parts.text(e, "value", ""),
        e.path("accounts").asLong(),
        Parts.figure(e.path("share")),
        Parts.figure(e.path("ideal_rate")),
        Parts.figure(e.path("lift")),
        Parts.figure(e.path("ltv_mean")),
        Parts.figure(e.path("ltv_median")),
        Parts.figure(e.path("nrr")),
        Parts.figure(e.path("cac")),
        Parts.figure(e.path("ltv_to_cac")),
        Parts.figure(e.path("churn_rate")),
        Parts.figure(e.path("win_rate")));
  }

  static IcpContents.Segment readSegment(JsonNode s) {
    return new IcpContents.Segment(
        Parts.texts(s, "conditions"),
        Parts.text(s, "direction", ""),
        Parts.figure(s.path("lift")),
        Parts.number(s, "q_value"),
        s.path("support").asLong(),
        Parts.number(s, "ideal_coverage"));
  }

  static IcpContents.Outcome readOutcome(JsonNode o) {
    return new IcpContents.Outcome(
        Parts.text(o, "outcome", ""),
        Parts.texts(o, "conditions"),
        Parts.text(o, "direction", ""),
        Parts.figure(o.path("difference")),
        Parts.number(o, "q_value"),
        o.path("support").asLong());
  }

  /** Reads the verdict; a document without {@code usable} has none. */
  static java.util.Optional<IcpContents.Verdict> readVerdict(JsonNode root) {
    JsonNode usable = root.path("usable");
    if (!usable.isBoolean()) {
      return java.util.Optional.empty();
    }
    JsonNode node = root.path("usability");
    return java.util.Optional.of(
        new IcpContents.Verdict(
            usable.asBoolean(),
            Parts.text(node, "reason", ""),
            Parts.number(node, "auc"),
            Parts.number(node.path("auc_ci"), "low"),
            Parts.number(node.path("auc_ci"), "high"),
            Parts.number(node, "baseline_auc")));
  }
}
