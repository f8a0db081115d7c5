package org.icpengine.cli.evaluate;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.evaluation.TierRow;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.model.document.ModelFigures;

/** The evaluation of the fit score as a person reads it in a terminal. */
public final class EvaluationText {
  private EvaluationText() {}

  /** Prints the verdict, the side-by-side figures and the fit score's tiers. */
  public static void print(FitEvaluation evaluation, PrintWriter out) {
    ModelFigures fit = evaluation.fit();
    ModelFigures baseline = evaluation.baseline();
    out.printf(
        Locale.ROOT,
        "On %s held-out accounts (%s of the file, seed %d; trained on %s) the fit score ranks an"
            + " ideal account above another %s of the time (AUC %.3f; %s scorecard %.3f).%n",
        count(evaluation.holdoutRows()),
        percent(evaluation.holdoutShare()),
        evaluation.seed(),
        count(evaluation.trainRows()),
        percent(fit.metrics().auc()),
        fit.metrics().auc(),
        "weight-of-evidence",
        baseline.metrics().auc());
    out.printf(
        Locale.ROOT,
        "Trustworthy points cost (AUC before rounding): %.4f as trained, %.4f with unknown values"
            + " worth 0 unless confirmed%s, %.4f with at most %d round ranges per number.%n",
        evaluation.honesty().aucTrained(),
        evaluation.honesty().aucHonest(),
        evaluation.honesty().missingSignals().isEmpty()
            ? ""
            : " (confirmed: " + String.join(", ", evaluation.honesty().missingSignals()) + ")",
        evaluation.honesty().aucReadable(),
        evaluation.honesty().maxRanges());
    out.println();
    TextTable table =
        new TextTable(
            List.of("", "FIT SCORE", "WOE SCORECARD"), new boolean[] {false, true, true}, 40);
    table.add(List.of("AUC", fixed(fit.metrics().auc(), 3), fixed(baseline.metrics().auc(), 3)));
    table.add(
        List.of(
            "Top-decile lift",
            fixed(fit.metrics().topDecileLift(), 2) + "×",
            fixed(baseline.metrics().topDecileLift(), 2) + "×"));
    table.add(
        List.of(
            "Ideal captured by tier A",
            percent(fit.tiers().idealCapturedByA()),
            percent(baseline.tiers().idealCapturedByA())));
    table.add(
        List.of(
            "Ideal captured by A+B",
            percent(fit.tiers().idealCapturedByAB()),
            percent(baseline.tiers().idealCapturedByAB())));
    table.add(
        List.of(
            "Tier A rate ÷ tier D rate",
            fixed(fit.tiers().rateRatioAToD(), 1) + "×",
            fixed(baseline.tiers().rateRatioAToD(), 1) + "×"));
    table.add(
        List.of(
            "Brier score", fixed(fit.metrics().brier(), 4), fixed(baseline.metrics().brier(), 4)));
    table.add(
        List.of(
            "Calibration slope (1 = ideal)",
            fixed(fit.metrics().calibrationSlope(), 2),
            fixed(baseline.metrics().calibrationSlope(), 2)));
    table.print(out, "");
    out.println();
    out.println("Fit score by tier (held-out accounts):");
    TextTable tiers =
        new TextTable(
            List.of("TIER", "ACCOUNTS", "SHARE", "IDEAL RATE [95% CI]", "EXPECTED"),
            new boolean[] {false, true, true, true, true},
            40);
    for (TierRow row : fit.tiers().tiers()) {
      tiers.add(
          List.of(
              String.valueOf(row.tier()),
              count(row.rows()),
              percent(row.share()),
              row.rows() == 0
                  ? "–"
                  : percent(row.observedRate())
                      + " ["
                      + percent(row.observedInterval().low())
                      + "–"
                      + percent(row.observedInterval().high())
                      + "]",
              row.rows() == 0 ? "–" : percent(row.expectedRate())));
    }
    tiers.print(out, "");
    if (evaluation.sides().isPresent()) {
      SideBySideText.print(evaluation.fit(), evaluation.sides().get(), out);
      return;
    }
    evaluation
        .engagementAuc()
        .ifPresent(
            auc ->
                out.printf(
                    Locale.ROOT,
                    "%nEngagement score (behavioural columns, kept apart from fit): AUC %.3f%n",
                    auc));
  }

  static String fixed(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Double.isInfinite(value)) {
      return "∞";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
