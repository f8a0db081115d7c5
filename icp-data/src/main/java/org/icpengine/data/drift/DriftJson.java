package org.icpengine.data.drift;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.icpengine.core.drift.AttributeDrift;
import org.icpengine.core.drift.BinnedAttribute;
import org.icpengine.core.drift.DriftRule;
import org.icpengine.core.drift.Performance;
import org.icpengine.core.drift.ScoreDrift;
import org.icpengine.core.drift.TraitShift;
import org.icpengine.model.document.FigureJson;

/** A drift report as JSON, as {@code icp drift --json} prints it (see docs/drift.md). */
public final class DriftJson {
  private DriftJson() {}

  /** Returns the report as a JSON document. */
  public static ObjectNode of(DriftReport report) {
    ObjectNode root = FigureJson.object();
    root.put("alarm", report.alarm());
    root.set("rule", rule());
    root.set("reference", file(report.reference()));
    root.set("current", file(report.current()));
    ArrayNode missing = root.putArray("missing_columns");
    report.missing().forEach(missing::add);
    ArrayNode attributes = root.putArray("attributes");
    report.check().population().attributes().forEach(a -> attributes.add(attribute(a)));
    root.set("score", score(report.check().score()));
    ObjectNode performance = root.putObject("performance");
    performance.set("reference", performance(report.check().performance().reference()));
    performance.set("current", performance(report.check().performance().current()));
    performance.set("auc_change", FigureJson.figure(report.check().performance().aucChange()));
    ArrayNode changes = root.putArray("trait_changes");
    report.changes().forEach(c -> changes.add(change(c)));
    return root;
  }

  private static ObjectNode rule() {
    ObjectNode rule = FigureJson.object();
    rule.put("q_below", DriftRule.Q_LEVEL);
    rule.put("psi_at_least", DriftRule.MATERIAL_PSI);
    rule.put("js_at_least", DriftRule.MATERIAL_JS);
    rule.put("fdr", "Benjamini-Hochberg across the attributes, the tier mix and the score deciles");
    return rule;
  }

  private static ObjectNode file(DriftReport.FileSummary file) {
    return FigureJson.object()
        .put("file", file.name())
        .put("rows", file.rows())
        .put("outcomes", file.outcomes());
  }

  static ObjectNode attribute(AttributeDrift drift) {
    ObjectNode node = FigureJson.object();
    BinnedAttribute a = drift.attribute();
    node.put("attribute", a.name());
    node.put("alarm", drift.alarm());
    FigureJson.number(node, "psi", drift.psi());
    FigureJson.number(node, "js", drift.js());
    FigureJson.number(node, "chi_square", drift.test().statistic());
    node.put("degrees_of_freedom", drift.test().degreesOfFreedom());
    node.put("test", drift.test().method().name().toLowerCase(java.util.Locale.ROOT));
    FigureJson.number(node, "p_value", drift.test().pValue());
    FigureJson.number(node, "q_value", drift.qValue());
    ArrayNode bins = node.putArray("bins");
    long[] r = a.reference();
    long[] c = a.current();
    long rt = java.util.Arrays.stream(r).sum();
    long ct = java.util.Arrays.stream(c).sum();
    for (int b = 0; b < r.length; b++) {
      ObjectNode bin = bins.addObject().put("bin", a.bins().get(b));
      bin.put("reference", r[b]).put("current", c[b]);
      FigureJson.number(bin, "reference_share", rt == 0 ? Double.NaN : (double) r[b] / rt);
      FigureJson.number(bin, "current_share", ct == 0 ? Double.NaN : (double) c[b] / ct);
    }
    return node;
  }

  private static ObjectNode score(ScoreDrift score) {
    ObjectNode node = FigureJson.object();
    node.put("alarm", score.tiers().alarm() || score.deciles().alarm());
    node.set("tier_mix", attribute(score.tiers()));
    node.set("deciles", attribute(score.deciles()));
    node.set("reference_ideal_share", FigureJson.figure(score.referenceIdealShare()));
    node.set("current_ideal_share", FigureJson.figure(score.currentIdealShare()));
    node.set("ideal_share_change", FigureJson.figure(score.change()));
    return node;
  }

  static ObjectNode performance(Performance performance) {
    ObjectNode node = FigureJson.object();
    node.put("observed", performance.observed());
    node.put("scored_rows", performance.rows());
    node.put("ideal", performance.ideal());
    node.set("auc", FigureJson.figure(performance.auc()));
    FigureJson.number(node, "top_decile_lift", performance.topDecileLift());
    ArrayNode tiers = node.putArray("tiers");
    for (Performance.TierRate tier : performance.tiers()) {
      ObjectNode t = tiers.addObject().put("tier", String.valueOf(tier.tier()));
      t.put("rows", tier.rows());
      t.set("observed_rate", FigureJson.figure(tier.observed()));
      t.set("expected_rate", FigureJson.figure(tier.expected()));
      t.put("expected_is_estimate", !performance.observed());
    }
    return node;
  }

  private static ObjectNode change(TraitShift change) {
    ObjectNode node = FigureJson.object();
    node.put("trait", change.condition());
    node.put("change", change.change().name().toLowerCase(java.util.Locale.ROOT));
    node.set("reference_lift", FigureJson.figure(change.reference()));
    node.set("current_lift", FigureJson.figure(change.current()));
    FigureJson.number(node, "p_value", change.pValue());
    return node;
  }
}
