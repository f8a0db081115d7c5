package org.icpengine.data.icp;

import java.util.Locale;
import java.util.Objects;
import org.icpengine.core.evaluation.Discrimination;
import org.icpengine.core.evaluation.ScoreMetrics;
import org.icpengine.core.stats.Interval;
import org.icpengine.model.document.FitEvaluation;

/**
 * Whether an ICP is fit for use, judged at derive time: its fit score must rank held-out accounts
 * better than chance — the 95 % interval of the held-out AUC (Hanley–McNeil) lies above 0.5 — and
 * discovery must have published at least one trait or segment. Whether the fit score beats the
 * weight-of-evidence scorecard baseline is recorded beside it, but does not decide.
 *
 * @param verdict usable, not usable, or unknown (an icp.json written before this was recorded)
 * @param reason why not, in one sentence; empty when usable or unknown
 * @param auc the fit score's held-out AUC; NaN when unknown
 * @param aucInterval its 95 % confidence interval
 * @param baselineAuc the scorecard baseline's held-out AUC; NaN when unknown
 */
public record Usability(
    Verdict verdict, String reason, double auc, Interval aucInterval, double baselineAuc) {

  /** Whether an ICP may be used. */
  public enum Verdict {
    USABLE,
    NOT_USABLE,
    /** Not recorded (an older icp.json): treated as usable. */
    UNKNOWN
  }

  /** The AUC of a score that ranks no better than chance. */
  public static final double CHANCE = 0.5;

  /** Checks the parts are present. */
  public Usability {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(aucInterval, "aucInterval");
  }

  /** Returns the verdict of an icp.json that does not record one: unknown, treated as usable. */
  public static Usability unknown() {
    return new Usability(Verdict.UNKNOWN, "", Double.NaN, Interval.missing(), Double.NaN);
  }

  /**
   * Judges a derived ICP from its evaluation on held-out accounts and whether discovery published
   * anything.
   */
  public static Usability judge(FitEvaluation evaluation, boolean published) {
    ScoreMetrics fit = evaluation.fit().metrics();
    double auc = fit.auc();
    Interval interval =
        Double.isNaN(auc)
            ? Interval.missing()
            : Discrimination.aucInterval(auc, fit.positives(), fit.rows() - fit.positives());
    double baseline = evaluation.baseline().metrics().auc();
    String reason = "";
    if (Double.isNaN(interval.low())) {
      reason =
          "the fit score could not be judged on held-out accounts (too few, or only one class)";
    } else if (interval.low() <= CHANCE) {
      reason =
          String.format(
              Locale.ROOT,
              "the fit score's held-out AUC %.3f (95 %% CI %.3f–%.3f) does not rule out chance"
                  + " (0.5): it ranks accounts no better than a coin",
              auc,
              interval.low(),
              interval.high());
    } else if (!published) {
      reason = "discovery published no trait or segment: nothing sets ideal accounts apart";
    }
    Verdict verdict = reason.isEmpty() ? Verdict.USABLE : Verdict.NOT_USABLE;
    return new Usability(verdict, reason, auc, interval, baseline);
  }

  /** Returns whether the ICP may be used: usable, or not recorded. */
  public boolean usable() {
    return verdict != Verdict.NOT_USABLE;
  }

  /** Returns whether the fit score's held-out AUC is above the scorecard baseline's. */
  public boolean beatsBaseline() {
    return auc > baselineAuc;
  }
}
