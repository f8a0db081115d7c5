package org.icpengine.data.icp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.icpengine.core.stats.Interval;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.json.IdealJson;
import org.icpengine.model.document.FigureJson;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.document.ScoreModelJson;

/** Writes an ICP as {@code icp.json}, the contract other tools read (see docs/icp-json.md). */
public final class IcpJson {
  private IcpJson() {}

  /** Writes the ICP to the file, whole or not at all. */
  public static void write(IcpDefinition icp, Path file) throws IOException {
    AtomicFiles.write(file, of(icp).toPrettyString().getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the ICP as a JSON document. */
  public static ObjectNode of(IcpDefinition icp) {
    ObjectNode root = FigureJson.object();
    root.put("format_version", IcpDefinition.FORMAT_VERSION);
    root.set("provenance", provenance(icp.provenance()));
    root.set("ideal", IdealJson.of(icp.ideal()));
    ArrayNode catalog = root.putArray("attributes");
    icp.used()
        .forEach(
            c ->
                catalog
                    .addObject()
                    .put("column", c.column())
                    .put("category", c.category())
                    .put("type", c.type()));
    ArrayNode excluded = root.putArray("excluded_columns");
    icp.excluded()
        .forEach(e -> excluded.addObject().put("column", e.column()).put("reason", e.reason()));
    ArrayNode traits = root.putArray("traits");
    icp.traits().forEach(t -> traits.add(trait(t)));
    ArrayNode segments = root.putArray("segments");
    icp.segments().forEach(s -> segments.add(segment(s)));
    ArrayNode outcomes = root.putArray("outcome_segments");
    icp.outcomeFindings().forEach(f -> outcomes.add(outcome(f)));
    ObjectNode coverage = root.putObject("coverage");
    FigureJson.number(coverage, "ideal_share", icp.coverage().idealShare());
    FigureJson.number(coverage, "all_share", icp.coverage().allShare());
    root.put("summary", icp.summary());
    ArrayNode notes = root.putArray("notes");
    icp.notes().forEach(notes::add);
    Usability usability = icp.usability();
    root.put("usable", usability.usable());
    root.set("usability", usability(usability));
    root.set("fit_model", ScoreModelJson.of(icp.fit().model()));
    root.set("evaluation", ScoreModelJson.of(icp.fit().evaluation()));
    return root;
  }

  /**
   * Reads whether an icp.json document's ICP is fit for use; a document written before this was
   * recorded (no {@code usable}) reads as {@link Usability#unknown()}.
   */
  public static Usability usability(IcpDocument document) {
    return usability(document.copy());
  }

  private static Usability usability(JsonNode root) {
    JsonNode usable = root == null ? null : root.get("usable");
    if (usable == null || !usable.isBoolean()) {
      return Usability.unknown();
    }
    JsonNode node = root.path("usability");
    JsonNode ci = node.path("auc_ci");
    double low = ci.path("low").asDouble(Double.NaN);
    double high = ci.path("high").asDouble(Double.NaN);
    return new Usability(
        usable.asBoolean() ? Usability.Verdict.USABLE : Usability.Verdict.NOT_USABLE,
        node.path("reason").isTextual() ? node.get("reason").asText() : "",
        node.path("auc").asDouble(Double.NaN),
        Double.isNaN(low) || Double.isNaN(high) || low > high
            ? Interval.missing()
            : new Interval(low, high),
        node.path("baseline_auc").asDouble(Double.NaN));
  }

  /**
   * Reads the ideal definition an icp.json document was derived for; a missing part reads as empty
   * (no expression, no columns, no rows).
   */
  public static IdealDefinition ideal(IcpDocument document) {
    JsonNode node = document.part("ideal");
    if (node == null || !node.isObject()) {
      return new IdealDefinition("", "", true, java.util.List.of(), 0, 0);
    }
    java.util.List<String> read = new java.util.ArrayList<>();
    node.path("columns_read").forEach(c -> read.add(c.asText()));
    return new IdealDefinition(
        node.path("expression").asText(""),
        node.path("description").asText(""),
        node.path("default").asBoolean(true),
        read,
        node.path("ideal_rows").asLong(0),
        node.path("rows").asLong(0));
  }

  private static ObjectNode usability(Usability usability) {
    ObjectNode node = FigureJson.object();
    if (usability.reason().isEmpty()) {
      node.putNull("reason");
    } else {
      node.put("reason", usability.reason());
    }
    FigureJson.number(node, "auc", usability.auc());
    ObjectNode ci = node.putObject("auc_ci");
    FigureJson.number(ci, "low", usability.aucInterval().low());
    FigureJson.number(ci, "high", usability.aucInterval().high());
    ci.put("method", "Hanley-McNeil, 95 %");
    FigureJson.number(node, "baseline_auc", usability.baselineAuc());
    node.put("beats_baseline", usability.beatsBaseline());
    return node;
  }

  private static ObjectNode provenance(Provenance provenance) {
    ObjectNode node = FigureJson.object();
    node.put("input_file", provenance.inputFile());
    node.put("input_sha256", provenance.inputSha256());
    node.put("rows", provenance.rows());
    node.set(
        "options",
        FigureJson.object()
            .setAll(
                (ObjectNode)
                    new com.fasterxml.jackson.databind.ObjectMapper()
                        .valueToTree(provenance.options())));
    node.put("seed", provenance.seed());
    node.put("engine_version", provenance.engineVersion());
    node.put("icp_engine_version", provenance.icpEngineVersion());
    node.put("created_at", provenance.createdAt().toString());
    return node;
  }

  private static ObjectNode trait(Trait trait) {
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
    node.set("economics", FigureJson.figures(trait.inside()));
    ArrayNode uses = node.putArray("uses");
    trait.uses().forEach(uses::add);
    return node;
  }

  private static ObjectNode outcome(OutcomeFinding finding) {
    ObjectNode node = FigureJson.object();
    node.put("outcome", finding.outcome());
    ArrayNode conditions = node.putArray("conditions");
    finding.conditions().forEach(conditions::add);
    node.put("direction", finding.direction());
    node.set("difference", FigureJson.figure(finding.difference()));
    FigureJson.number(node, "q_value", finding.qValue());
    node.put("support", finding.support());
    return node;
  }

  private static ObjectNode segment(IcpSegment segment) {
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
}
