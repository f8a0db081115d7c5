package org.icpengine.data.drift;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.icpengine.core.drift.SegmentFit;
import org.icpengine.model.document.FigureJson;

/** A segment check as JSON, as {@code icp segment-check --json} prints it (see docs/drift.md). */
public final class SegmentJson {
  private SegmentJson() {}

  /** Returns the report as a JSON document. */
  public static ObjectNode of(SegmentReport report) {
    ObjectNode root = FigureJson.object();
    SegmentFit fit = report.fit();
    root.put("segment", report.segment());
    root.put("file", report.file());
    root.put("verdict", fit.verdict().name().toLowerCase(Locale.ROOT));
    root.put("verdict_words", report.verdict());
    if (fit.verdict() == SegmentFit.Verdict.TOO_FEW) {
      root.put("accounts_needed", fit.needed());
    }
    if (fit.verdict() == SegmentFit.Verdict.OVERRIDE) {
      root.put("override_points", fit.overridePoints());
    }
    root.put("outcomes", report.outcomes());
    root.set("inside", side(fit.inside(), report.inside()));
    root.set("outside", side(fit.outside(), report.outside()));
    root.set("auc_change", FigureJson.figure(fit.aucChange()));
    fit.tierMix().ifPresent(mix -> root.set("tier_mix", DriftJson.attribute(mix)));
    return root;
  }

  private static ObjectNode side(SegmentFit.Side side, long accounts) {
    ObjectNode node = FigureJson.object();
    node.put("accounts", accounts);
    node.set("top_tier_lift", FigureJson.figure(side.topTierLift()));
    node.set("observed_over_expected", FigureJson.figure(side.observedOverExpected()));
    FigureJson.number(node, "observed_ideal_rate", side.observedRate());
    FigureJson.number(node, "expected_ideal_rate", side.expectedRate());
    node.set("performance", DriftJson.performance(side.performance()));
    return node;
  }
}
