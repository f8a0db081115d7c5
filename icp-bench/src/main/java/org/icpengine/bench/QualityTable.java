package org.icpengine.bench;

import java.io.PrintStream;
import java.util.List;

/** Prints the score-quality figures: one table per dataset, then a summary of every dataset. */
final class QualityTable {
  private QualityTable() {}

  /** Prints one dataset's models and the verdict. */
  static void printDataset(QualityRun.Result r, PrintStream out) {
    out.printf("%n== %s: %s%n", r.source().name(), r.source().file());
    out.printf(
        "rows     %,d; ideal: %s — %,d ideal (%.1f %%)%n",
        r.rows(), r.ideal().description(), r.ideal().idealRows(), 100 * r.ideal().idealRate());
    List<String> ours =
        r.excluded().stream()
            .filter(e -> r.source().excluded().contains(e.column()))
            .map(
                e ->
                    e.column()
                        + (r.deriveExcludes().contains(e.column())
                            ? " (derive's rules too)"
                            : " (derive's rules would keep it)"))
            .toList();
    List<String> derive =
        r.excluded().stream()
            .filter(e -> !r.source().excluded().contains(e.column()))
            .map(e -> e.column() + " (" + e.reason() + ")")
            .toList();
    out.printf(
        "excluded by the benchmark: %s%n", ours.isEmpty() ? "none" : String.join(", ", ours));
    out.printf("excluded by derive's rules: %s%n", String.join("; ", derive));
    out.printf(
        "inputs   %d columns → %d fit attributes (bins) → %d raw features (XGBoost, LR)%n",
        r.usedColumns(), r.attributes(), r.features());
    out.printf("split    %,d training rows, %,d held out%n", r.train(), r.holdout());
    out.printf("%n%-30s %11s %9s  %s%n", "model", "holdout AUC", "train, s", "note");
    for (QualityRun.Model m : r.models()) {
      out.printf("%-30s %11.4f %9.2f  %s%n", m.name(), m.auc(), m.seconds(), m.note());
    }
    double gap = gap(r);
    out.printf(
        "%-30s %+11.4f %9s  target >= %.3f: %s%n",
        "gap fit score − best(XGB, LR)",
        gap,
        "",
        -ScoreQualityBenchmark.MAX_SHORTFALL,
        verdict(gap));
    double priorityGap = priorityGap(r);
    out.printf(
        "%-30s %+11.4f %9s  target >= %.3f: %s%n",
        "gap priority − best(XGB, LR)",
        priorityGap,
        "",
        -ScoreQualityBenchmark.MAX_SHORTFALL,
        verdict(priorityGap));
    if (r.source().planted()) {
      double ratio = oracleRatio(r);
      out.printf(
          "%-30s %11.4f %9s  target >= %.3f: %s%n",
          "fit as derived ÷ planted oracle",
          ratio,
          "",
          ScoreQualityBenchmark.MIN_ORACLE_RATIO,
          ratio >= ScoreQualityBenchmark.MIN_ORACLE_RATIO ? "PASS" : "FAIL");
    }
  }

  /** Prints the fit score as derived, the engagement score and the priority against the bars. */
  static void printPrioritySummary(List<QualityRun.Result> results, PrintStream out) {
    out.printf(
        "%n%-32s %7s %7s %7s %7s %7s %8s %7s %7s %7s %s%n",
        "summary: priority, holdout AUC",
        "fit",
        "engage",
        "prior.",
        "XGBoost",
        "LR",
        "gap",
        "verdict",
        "oracle",
        "fit/or.",
        "verdict");
    for (QualityRun.Result r : results) {
      double gap = priorityGap(r);
      boolean planted = r.source().planted();
      double ratio = planted ? oracleRatio(r) : Double.NaN;
      out.printf(
          "%-32s %7.4f %7.4f %7.4f %7.4f %7.4f %+8.4f %7s %7s %7s %s%n",
          r.source().name(),
          r.model(QualityRun.FIT_ALONE).auc(),
          r.model(QualityRun.ENGAGEMENT).auc(),
          r.model(QualityRun.PRIORITY).auc(),
          r.model(QualityRun.XGBOOST).auc(),
          r.model(QualityRun.LOGISTIC).auc(),
          gap,
          verdict(gap),
          planted ? String.format("%.4f", r.model(QualityRun.ORACLE).auc()) : "",
          planted ? String.format("%.4f", ratio) : "",
          planted ? (ratio >= ScoreQualityBenchmark.MIN_ORACLE_RATIO ? "PASS" : "FAIL") : "");
    }
  }

  /** Returns the priority's AUC minus the better of XGBoost's and logistic regression's. */
  static double priorityGap(QualityRun.Result r) {
    double best = Math.max(r.model(QualityRun.XGBOOST).auc(), r.model(QualityRun.LOGISTIC).auc());
    return r.model(QualityRun.PRIORITY).auc() - best;
  }

  /** Returns the fit score's AUC, as derived, over the planted oracle's. */
  static double oracleRatio(QualityRun.Result r) {
    return r.model(QualityRun.FIT_ALONE).auc() / r.model(QualityRun.ORACLE).auc();
  }

  /** Prints every dataset's AUCs on one line each. */
  static void printSummary(List<QualityRun.Result> results, PrintStream out) {
    out.printf(
        "%n%-32s %7s %7s %9s %7s %7s %7s %8s %s%n",
        "summary: holdout AUC",
        "rows",
        "fit",
        "unrounded",
        "WoE",
        "XGBoost",
        "LR",
        "gap",
        "verdict");
    for (QualityRun.Result r : results) {
      double gap = gap(r);
      out.printf(
          "%-32s %7d %7.4f %9.4f %7.4f %7.4f %7.4f %+8.4f %s%n",
          r.source().name(),
          r.rows(),
          r.model(QualityRun.FIT).auc(),
          r.model(QualityRun.UNROUNDED).auc(),
          r.model(QualityRun.WOE).auc(),
          r.model(QualityRun.XGBOOST).auc(),
          r.model(QualityRun.LOGISTIC).auc(),
          gap,
          verdict(gap));
    }
    out.printf(
        "%-32s %7s %7s %9s %7s %7s %7s%n", "summary: training seconds", "", "", "", "", "", "");
    for (QualityRun.Result r : results) {
      out.printf(
          "%-32s %7s %7.2f %9s %7.2f %7.2f %7.2f%n",
          r.source().name(),
          "",
          r.model(QualityRun.FIT).seconds(),
          "(same)",
          r.model(QualityRun.WOE).seconds(),
          r.model(QualityRun.XGBOOST).seconds(),
          r.model(QualityRun.LOGISTIC).seconds());
    }
  }

  /** Returns the fit score's AUC minus the better of XGBoost's and logistic regression's. */
  static double gap(QualityRun.Result r) {
    double best = Math.max(r.model(QualityRun.XGBOOST).auc(), r.model(QualityRun.LOGISTIC).auc());
    return r.model(QualityRun.FIT).auc() - best;
  }

  private static String verdict(double gap) {
    return gap >= -ScoreQualityBenchmark.MAX_SHORTFALL ? "PASS" : "FAIL";
  }
}
