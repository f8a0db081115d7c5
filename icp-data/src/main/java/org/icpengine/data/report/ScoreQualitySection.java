package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.icpengine.core.evaluation.TierRow;
import org.icpengine.core.evaluation.TierTable;
import org.icpengine.core.score.Tiers;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.model.document.FitEvaluation;
import org.icpengine.model.document.ModelFigures;

/**
 * The report's section "How good is the score": the held-out verdict, the fit score beside the
 * baseline, the tiers and a calibration chart.
 */
final class ScoreQualitySection {
  /** AUCs closer than this are called "as well as" each other. */
  private static final double SAME_AUC = 0.005;

  private ScoreQualitySection() {}

  /** One row of the fit score against baseline table. */
  private record Measure(
      String name, String meaning, ToDoubleFunction<ModelFigures> value, String format) {}

  private static final List<Measure> MEASURES =
      List.of(
          new Measure(
              "AUC",
              "the chance an ideal account scores above a non-ideal one; 0.5 is a coin toss",
              f -> f.metrics().auc(),
              "%.3f"),
          new Measure(
              "Top-decile lift",
              "the ideal rate of the best-scored tenth over the overall rate",
              f -> f.metrics().topDecileLift(),
              "%.2f×"),
          new Measure(
              "Ideal captured by tier A",
              "the share of ideal accounts that land in tier A",
              f -> f.tiers().idealCapturedByA(),
              "%"),
          new Measure(
              "Ideal captured by tiers A+B",
              "the share of ideal accounts that land in tier A or B",
              f -> f.tiers().idealCapturedByAB(),
              "%"),
          new Measure(
              "Tier A's ideal rate over tier D's",
              "how many times more often a tier A account is ideal than a tier D one",
              f -> f.tiers().rateRatioAToD(),
              "%.1f×"),
          new Measure(
              "Brier score",
              "the mean squared error of the probabilities; lower is better",
              f -> f.metrics().brier(),
              "%.4f"),
          new Measure(
              "Calibration slope",
              "1 when predicted probabilities match observed rates; below 1, too extreme",
              f -> f.metrics().calibrationSlope(),
              "%.2f"));

  /** Appends "How good is the score". */
  static void quality(StringBuilder html, FitTraining.Result fit) {
    FitEvaluation evaluation = fit.evaluation();
    ModelFigures score = evaluation.fit();
    ModelFigures baseline = evaluation.baseline();
    html.append("<section><h2>How good is the score</h2><p class=\"verdict\">")
        .append(verdict(evaluation))
        .append("</p><p>")
        .append(tierSentence(score.tiers()))
        .append(calibrationSentence(score.metrics().calibrationSlope()))
        .append("</p>");
    html.append("<div class=\"kpis\">")
        .append(ReportHtml.kpi(decimals(score.metrics().auc(), "%.2f"), "AUC on held-out accounts"))
        .append(
            ReportHtml.kpi(decimals(score.metrics().topDecileLift(), "%.1f×"), "top-decile lift"))
        .append(
            ReportHtml.kpi(
                ReportHtml.percent(score.tiers().idealCapturedByAB()),
                "of ideal accounts in tiers A+B"));
    evaluation
        .engagementAuc()
        .ifPresent(
            auc ->
                html.append(ReportHtml.kpi(decimals(auc, "%.2f"), "AUC of the engagement score")));
    html.append("</div>");
    html.append("<h3>Fit score against the baseline</h3><table><thead><tr><th>Measure</th><th>")
        .append(text(score.name()))
        .append("</th><th>Baseline: ")
        .append(text(baseline.name()))
        .append("</th><th>What it means</th></tr></thead><tbody>");
    for (Measure m : MEASURES) {
      html.append("<tr><td>")
          .append(text(m.name()))
          .append("</td><td><b>")
          .append(text(value(m, score)))
          .append("</b></td><td>")
          .append(text(value(m, baseline)))
          .append("</td><td>")
          .append(text(m.meaning()))
          .append("</td></tr>");
    }
    html.append("</tbody></table><p class=\"small\">")
        .append(
            String.format(
                Locale.ROOT,
                "Both models learned from the same %,d accounts and were judged on %,d others"
                    + " (%.0f&nbsp;%% of each class held out, seed %d). The baseline's tiers take"
                    + " the same shares of accounts as the fit score's. Before its points were"
                    + " rounded to whole numbers the fit score's AUC was %s.",
                evaluation.trainRows(),
                evaluation.holdoutRows(),
                100 * evaluation.holdoutShare(),
                evaluation.seed(),
                decimals(evaluation.unroundedAuc(), "%.3f")))
        .append(
            evaluation
                .engagementAuc()
                .map(
                    auc ->
                        " The separate engagement score, from behavioural columns, has an AUC of "
                            + decimals(auc, "%.2f")
                            + " on the same held-out accounts.")
                .orElse(""))
        .append(
            String.format(
                Locale.ROOT,
                " Making the points trustworthy cost: AUC %s as trained, %s once unknown values"
                    + " count 0 unless confirmed as a signal, %s with each number read as at most"
                    + " %d round ranges%s.",
                decimals(evaluation.honesty().aucTrained(), "%.4f"),
                decimals(evaluation.honesty().aucHonest(), "%.4f"),
                decimals(evaluation.honesty().aucReadable(), "%.4f"),
                evaluation.honesty().maxRanges(),
                evaluation.honesty().monotone() ? ", monotone where the data supports it" : ""))
        .append("</p>");
    tiers(html, score.tiers(), fit.model().tiers());
    html.append("<h3>Calibration</h3><p>")
        .append(
            String.format(
                Locale.ROOT,
                "The held-out accounts in %d groups of about equal size",
                score.calibration().size()))
        .append(
            " by predicted probability: each point is a group's mean prediction against the"
                + " share of it that is ideal, the whisker its 95&nbsp;% interval. Points on"
                + " the dashed line mean the probabilities can be taken at face value.</p>")
        .append(Charts.calibration(score.calibration()))
        .append("</section>");
  }

  private static String verdict(FitEvaluation evaluation) {
    double auc = evaluation.fit().metrics().auc();
    double base = evaluation.baseline().metrics().auc();
    if (Double.isNaN(auc)) {
      return String.format(
          Locale.ROOT,
          "The %,d held-out accounts are all ideal or all not, so the fit score could not be"
              + " judged on them.",
          evaluation.holdoutRows());
    }
    String sentence =
        String.format(
            Locale.ROOT,
            "On %,d held-out accounts the fit score ranks an ideal account above a non-ideal one"
                + " %.0f&nbsp;%% of the time (AUC %.2f)",
            evaluation.holdoutRows(),
            100 * auc,
            auc);
    if (Double.isNaN(base)) {
      return sentence + ".";
    }
    String how =
        auc >= base + SAME_AUC
            ? "better than"
            : auc > base - SAME_AUC ? "as well as" : "a little less well than";
    return sentence
        + String.format(
            Locale.ROOT,
            ", against %.2f for the %s. So it ranks %s that usual baseline while staying a table"
                + " of whole points anyone can check.",
            base,
            text(baselineShortName(evaluation.baseline().name())),
            how);
  }

  private static String baselineShortName(String name) {
    return name.startsWith("Weight-of-evidence") ? "weight-of-evidence scorecard" : name;
  }

  private static String tierSentence(TierTable tiers) {
    TierRow a = tiers.tier('A');
    TierRow b = tiers.tier('B');
    if (tiers.ideal() == 0 || tiers.rows() == 0) {
      return "";
    }
    String ratio =
        Double.isNaN(tiers.rateRatioAToD())
            ? ""
            : Double.isInfinite(tiers.rateRatioAToD())
                ? " No tier D account was ideal."
                : String.format(
                    Locale.ROOT,
                    " A tier A account is ideal %.1f times as often as a tier D one.",
                    tiers.rateRatioAToD());
    return String.format(
            Locale.ROOT,
            "Tier A holds %s of these accounts and %s of the ideal ones; tiers A and B together"
                + " hold %s and %s.",
            sharePercent(a.share()),
            sharePercent(tiers.idealCapturedByA()),
            sharePercent(a.share() + b.share()),
            sharePercent(tiers.idealCapturedByAB()))
        + ratio
        + " ";
  }

  private static String calibrationSentence(double slope) {
    if (Double.isNaN(slope)) {
      return "";
    }
    String reading =
        slope >= 0.8 && slope <= 1.25
            ? "a predicted 20&nbsp;% means about one account in five is ideal"
            : slope < 0.8
                ? "the probabilities are too extreme, so read the score as a ranking"
                : "the probabilities are too timid, so read the score as a ranking";
    return String.format(Locale.ROOT, "Calibration slope %.2f (1 is perfect): %s.", slope, reading);
  }

  private static void tiers(StringBuilder html, TierTable table, Tiers thresholds) {
    html.append(
        "<h3>Tiers of the fit score on held-out accounts</h3><table><thead><tr><th>Tier</th>"
            + "<th>Score</th><th>Accounts</th><th>Share</th><th>Ideal</th>"
            + "<th>Ideal rate observed [95% CI]</th><th>Expected</th></tr></thead><tbody>");
    for (TierRow row : table.tiers()) {
      html.append("<tr class=\"tier\"><td><b>")
          .append(row.tier())
          .append("</b></td><td>")
          .append(text(range(row.tier(), thresholds)))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%,d", row.rows()))
          .append("</td><td>")
          .append(ReportHtml.percent(row.share()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%,d", row.ideal()))
          .append("</td><td>")
          .append(ReportHtml.percent(row.observedRate()));
      if (row.observedInterval() != null && !Double.isNaN(row.observedInterval().low())) {
        html.append(
            String.format(
                Locale.ROOT,
                " [%.1f–%.1f%%]",
                100 * row.observedInterval().low(),
                100 * row.observedInterval().high()));
      }
      html.append("</td><td>").append(ReportHtml.percent(row.expectedRate())).append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  static String range(char tier, Tiers t) {
    switch (tier) {
      case 'A':
        return t.a() + "–100";
      case 'B':
        return t.b() + "–" + (t.a() - 1);
      case 'C':
        return t.c() + "–" + (t.b() - 1);
      default:
        return "0–" + (t.c() - 1) + " or disqualified";
    }
  }

  private static String sharePercent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f&nbsp;%%", 100 * share);
  }

  private static String decimals(double value, String format) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Double.isInfinite(value)) {
      return "∞";
    }
    return String.format(Locale.ROOT, format, value);
  }

  private static String value(Measure m, ModelFigures figures) {
    double v = m.value().applyAsDouble(figures);
    return m.format().equals("%") ? ReportHtml.percent(v) : decimals(v, m.format());
  }
}
