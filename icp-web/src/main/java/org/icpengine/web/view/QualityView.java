package org.icpengine.web.view;

import java.util.Optional;
import org.icpengine.data.icp.IcpJson;
import org.icpengine.data.icp.Usability;
import org.icpengine.model.document.HeldOutEvaluation;
import org.icpengine.model.document.IcpDocument;

/**
 * How good a version's fit score is, as the version page shows it beside Publish: whether the ICP
 * is usable (read by {@link IcpJson#usability}), the held-out AUC with its interval, the scorecard
 * baseline's AUC, and the share of ideal accounts tiers A and A+B capture.
 *
 * @param usability whether it is usable, with the AUC and its interval
 * @param capturedByA the share of held-out ideal accounts in tier A, or NaN
 * @param capturedByAB the share in tiers A and B, or NaN
 */
public record QualityView(Usability usability, double capturedByA, double capturedByAB) {
  /** Reads the document. */
  public static QualityView of(String icp) {
    IcpDocument document = IcpDocument.stored(icp, "the version");
    Optional<HeldOutEvaluation.Figures> fit = document.evaluation().map(HeldOutEvaluation::fit);
    Usability usability = IcpJson.usability(document);
    if (usability.verdict() == Usability.Verdict.UNKNOWN) {
      // an icp.json from before the verdict was recorded: show its AUCs without an interval
      usability =
          new Usability(
              Usability.Verdict.UNKNOWN,
              "",
              fit.map(HeldOutEvaluation.Figures::auc).orElse(Double.NaN),
              org.icpengine.core.stats.Interval.missing(),
              document.evaluation().map(e -> e.baseline().auc()).orElse(Double.NaN));
    }
    return new QualityView(
        usability,
        fit.map(HeldOutEvaluation.Figures::idealCapturedByA).orElse(Double.NaN),
        fit.map(HeldOutEvaluation.Figures::idealCapturedByAB).orElse(Double.NaN));
  }

  /** Returns whether the version may be published without an override. */
  public boolean usable() {
    return usability.usable();
  }

  /** Returns whether the document records the verdict (older ones do not). */
  public boolean known() {
    return usability.verdict() != Usability.Verdict.UNKNOWN;
  }

  /** Returns the AUC with its interval, "0.84 [0.81–0.87]", or "–". */
  public String auc() {
    if (Double.isNaN(usability.auc())) {
      return "–";
    }
    String auc = Figure.format(usability.auc(), 2);
    return Double.isNaN(usability.aucInterval().low())
        ? auc
        : auc
            + " ["
            + Figure.format(usability.aucInterval().low(), 2)
            + "–"
            + Figure.format(usability.aucInterval().high(), 2)
            + "]";
  }

  /** Returns the baseline's AUC, "0.81", or "–". */
  public String baseline() {
    return Double.isNaN(usability.baselineAuc()) ? "–" : Figure.format(usability.baselineAuc(), 2);
  }

  /** Returns tier A's capture of ideal accounts, "41 %", or "–". */
  public String capturedA() {
    return Double.isNaN(capturedByA) ? "–" : Figure.format(100 * capturedByA, 0) + " %";
  }

  /** Returns tiers A and B's capture of ideal accounts, "68 %", or "–". */
  public String capturedAB() {
    return Double.isNaN(capturedByAB) ? "–" : Figure.format(100 * capturedByAB, 0) + " %";
  }
}
