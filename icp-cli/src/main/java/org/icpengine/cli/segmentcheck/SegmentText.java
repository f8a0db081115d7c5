package org.icpengine.cli.segmentcheck;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.pValue;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.drift.SegmentFit;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.drift.SegmentReport;

/** A segment check as a person reads it in a terminal. */
public final class SegmentText {
  private SegmentText() {}

  /** Prints the verdict and the figures behind it. */
  public static void print(SegmentReport report, PrintWriter out) {
    SegmentFit fit = report.fit();
    out.printf(
        Locale.ROOT,
        "Segment %s in %s: %s accounts inside, %s outside (%s)%n",
        report.segment(),
        report.file(),
        count(report.inside()),
        count(report.outside()),
        report.outcomes());
    out.println("Verdict: " + report.verdict());
    out.println();
    TextTable table =
        new TextTable(
            List.of("", "INSIDE", "EVERYWHERE ELSE", "P"),
            new boolean[] {false, true, true, true},
            48);
    table.add(
        List.of(
            "Scored accounts",
            count(fit.inside().performance().rows()),
            count(fit.outside().performance().rows()),
            ""));
    table.add(
        List.of(
            "Ideal rate",
            percent(fit.inside().observedRate()),
            percent(fit.outside().observedRate()),
            ""));
    table.add(
        List.of(
            "Expected (calibrated score)",
            percent(fit.inside().expectedRate()),
            percent(fit.outside().expectedRate()),
            ""));
    table.add(
        List.of(
            "Observed ÷ expected",
            ratio(fit.inside().observedOverExpected()),
            ratio(fit.outside().observedOverExpected()),
            pValue(fit.inside().observedOverExpected().pValue())));
    table.add(
        List.of(
            "Tier A rate ÷ tiers B–D rate",
            ratio(fit.inside().topTierLift()),
            ratio(fit.outside().topTierLift()),
            pValue(fit.inside().topTierLift().pValue())));
    table.add(
        List.of(
            "AUC",
            ratio(fit.inside().performance().auc()),
            ratio(fit.outside().performance().auc()),
            pValue(fit.aucChange().pValue())));
    for (int t = 0; t < 4; t++) {
      table.add(
          List.of(
              "Tier " + "ABCD".charAt(t) + " share",
              share(fit.inside().performance(), t),
              share(fit.outside().performance(), t),
              t == 0 ? fit.tierMix().map(m -> pValue(m.test().pValue())).orElse("") : ""));
    }
    table.print(out, "  ");
  }

  private static String share(org.icpengine.core.drift.Performance performance, int tier) {
    return performance.rows() == 0
        ? "–"
        : percent((double) performance.tiers().get(tier).rows() / performance.rows());
  }

  private static String ratio(Figure figure) {
    if (!figure.isPresent()) {
      return "–";
    }
    return Double.isNaN(figure.low())
        ? String.format(Locale.ROOT, "%.2f", figure.value())
        : String.format(
            Locale.ROOT, "%.2f (%.2f–%.2f)", figure.value(), figure.low(), figure.high());
  }
}
