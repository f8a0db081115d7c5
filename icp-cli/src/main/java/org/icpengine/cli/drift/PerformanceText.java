package org.icpengine.cli.drift;

import java.io.PrintWriter;
import java.util.Locale;
import org.icpengine.core.drift.Performance;
import org.icpengine.core.drift.PerformanceDrift;
import org.icpengine.data.drift.DriftReport;

/** The performance part of a drift report, as a person reads it. */
final class PerformanceText {
  private PerformanceText() {}

  static void print(DriftReport report, PrintWriter out) {
    PerformanceDrift performance = report.check().performance();
    out.println();
    out.println("Performance of the score:");
    side("Reference", report.reference(), performance.reference(), out);
    side("Current", report.current(), performance.current(), out);
    if (performance.aucChange().isPresent()) {
      out.printf(
          Locale.ROOT,
          "  AUC change: %+.3f (%+.3f to %+.3f), p %s%n",
          performance.aucChange().value(),
          performance.aucChange().low(),
          performance.aucChange().high(),
          org.icpengine.cli.text.Formats.pValue(performance.aucChange().pValue()));
    }
  }

  private static void side(
      String label, DriftReport.FileSummary file, Performance performance, PrintWriter out) {
    out.printf(Locale.ROOT, "  %s (%s):%n", label, file.outcomes());
    if (performance.observed()) {
      out.printf(
          Locale.ROOT,
          "    AUC %s, top-decile lift %s×%n",
          performance.auc().isPresent()
              ? String.format(
                  Locale.ROOT,
                  "%.3f (%.3f–%.3f)",
                  performance.auc().value(),
                  performance.auc().low(),
                  performance.auc().high())
              : "–",
          DriftText.fixed(performance.topDecileLift(), 2));
    } else {
      out.println(
          "    No outcomes yet: the expected ideal rates below are estimates from the calibrated"
              + " score.");
    }
    DriftText.tiers(performance, out);
  }
}
