package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.model.document.IcpDocument;

/**
 * What the pages show of an icp.json: the summary, the ideal definition, traits by category,
 * segments, coverage, tiers, disqualifiers and the score's quality.
 *
 * @param summary the plain-language summary
 * @param ideal how ideal customers were defined
 * @param idealRows ideal accounts
 * @param rows all accounts
 * @param traits every trait, positive first as in the file
 * @param segments the positive and negative segments
 * @param idealCoverage share of ideal accounts the positive traits cover
 * @param allCoverage share of all accounts they cover
 * @param tierA tier A's lowest score
 * @param tierB tier B's lowest score
 * @param tierC tier C's lowest score
 * @param disqualifiers the rules that force tier D, as "column = value (reason)"
 * @param auc the fit score's held-out AUC, or NaN
 * @param baselineAuc the scorecard baseline's held-out AUC, or NaN
 * @param inputFile the file it was derived from
 */
public record IcpView(
    String summary,
    String ideal,
    long idealRows,
    long rows,
    List<TraitView> traits,
    List<SegmentView> segments,
    double idealCoverage,
    double allCoverage,
    int tierA,
    int tierB,
    int tierC,
    List<Disqualifier> disqualifiers,
    double auc,
    double baselineAuc,
    String inputFile) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A disqualifier rule. */
  public record Disqualifier(String column, String value, String reason) {}

  /** Reads the document. */
  public static IcpView of(String icp) {
    JsonNode root = IcpDocument.stored(icp, "the version").copy();
    List<TraitView> traits = new ArrayList<>();
    root.path("traits").forEach(t -> traits.add(TraitView.of(t)));
    List<SegmentView> segments = new ArrayList<>();
    root.path("segments").forEach(s -> segments.add(SegmentView.of(s)));
    JsonNode tiers = root.path("fit_model").path("tiers");
    List<Disqualifier> rules = new ArrayList<>();
    root.path("fit_model")
        .path("disqualifiers")
        .forEach(
            d ->
                rules.add(
                    new Disqualifier(
                        d.path("column").asText(),
                        d.path("value").asText(),
                        d.path("reason").asText())));
    JsonNode evaluation = root.path("evaluation");
    return new IcpView(
        root.path("summary").asText(""),
        root.path("ideal").path("description").asText(""),
        root.path("ideal").path("ideal_rows").asLong(),
        root.path("ideal").path("rows").asLong(),
        traits,
        segments,
        root.path("coverage").path("ideal_share").asDouble(),
        root.path("coverage").path("all_share").asDouble(),
        tiers.path("A").asInt(),
        tiers.path("B").asInt(),
        tiers.path("C").asInt(),
        rules,
        evaluation.path("fit_score").path("auc").asDouble(Double.NaN),
        evaluation.path("baseline").path("auc").asDouble(Double.NaN),
        root.path("provenance").path("input_file").asText(""));
  }

  /** Returns the traits grouped by category, categories in order of first appearance. */
  public Map<String, List<TraitView>> byCategory() {
    Map<String, List<TraitView>> groups = new LinkedHashMap<>();
    for (TraitView t : traits) {
      groups.computeIfAbsent(t.category(), c -> new ArrayList<>()).add(t);
    }
    return groups;
  }

  /** Returns the traits that mark ideal customers. */
  public List<TraitView> positive() {
    return traits.stream().filter(TraitView::positive).toList();
  }

  /** Returns the traits that deprioritise or disqualify. */
  public List<TraitView> negative() {
    return traits.stream().filter(t -> !t.positive()).toList();
  }

  /** Returns the ideal share as "20 %". */
  public String idealRate() {
    return rows == 0 ? "–" : Figure.format(100.0 * idealRows / rows, 0) + " %";
  }

  /** Returns the coverage of ideal accounts as "71 %". */
  public String idealCoveragePercent() {
    return Figure.format(idealCoverage * 100, 0) + " %";
  }

  /** Returns the coverage of all accounts as "35 %". */
  public String allCoveragePercent() {
    return Figure.format(allCoverage * 100, 0) + " %";
  }
}
