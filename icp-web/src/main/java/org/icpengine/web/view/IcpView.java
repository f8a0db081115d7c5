package org.icpengine.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.model.document.HeldOutEvaluation;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.scoring.ScoreModel;

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
  /** A disqualifier rule. */
  public record Disqualifier(String column, String value, String reason) {}

  /** Reads the document. */
  public static IcpView of(String icp) {
    IcpDocument document = IcpDocument.stored(icp, "the version");
    Optional<ScoreModel> model = document.fitModel();
    Optional<HeldOutEvaluation> evaluation = document.evaluation();
    IcpContents.Ideal ideal = document.ideal();
    IcpContents.Coverage coverage = document.coverage();
    return new IcpView(
        document.summary(),
        ideal.description(),
        ideal.idealRows(),
        ideal.rows(),
        document.traits().stream().map(TraitView::of).toList(),
        document.segments().stream().map(SegmentView::of).toList(),
        Double.isNaN(coverage.idealShare()) ? 0 : coverage.idealShare(),
        Double.isNaN(coverage.allShare()) ? 0 : coverage.allShare(),
        model.map(m -> m.tiers().a()).orElse(0),
        model.map(m -> m.tiers().b()).orElse(0),
        model.map(m -> m.tiers().c()).orElse(0),
        model.map(IcpView::disqualifiers).orElse(List.of()),
        evaluation.map(e -> e.fit().auc()).orElse(Double.NaN),
        evaluation.map(e -> e.baseline().auc()).orElse(Double.NaN),
        document.provenance().inputFile());
  }

  private static List<Disqualifier> disqualifiers(ScoreModel model) {
    return model.disqualifiers().stream()
        .map(d -> new Disqualifier(d.column(), d.value(), d.reason()))
        .toList();
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
