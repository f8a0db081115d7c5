package org.icpengine.cli.drift;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.pValue;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.drift.AttributeDrift;
import org.icpengine.core.drift.DriftRule;
import org.icpengine.core.drift.Performance;
import org.icpengine.core.drift.ScoreDrift;
import org.icpengine.core.drift.TraitShift;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.drift.DriftReport;

/** A drift report as a person reads it in a terminal. */
public final class DriftText {
  private DriftText() {}

  /** Prints the verdict, the attributes' drift, the score's drift and the performance. */
  public static void print(DriftReport report, PrintWriter out) {
    verdict(report, out);
    out.println();
    out.println("Population drift per attribute, on the model's own bins:");
    ScoreDrift score = report.check().score();
    TextTable table = drifts();
    report.check().population().attributes().forEach(a -> table.add(row(a)));
    table.add(row(score.tiers()));
    table.add(row(score.deciles()));
    table.print(out, "  ");
    for (AttributeDrift drift : report.check().population().attributes()) {
      if (drift.alarm()) {
        bins(drift, out);
      }
    }
    if (score.tiers().alarm()) {
      bins(score.tiers(), out);
    }
    out.println();
    out.printf(
        Locale.ROOT,
        "Expected share of ideal accounts (mean calibrated probability): %s → %s, change %s%n",
        share(score.referenceIdealShare()),
        share(score.currentIdealShare()),
        change(score.change()));
    PerformanceText.print(report, out);
    changes(report.changes(), out);
  }

  private static void verdict(DriftReport report, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "Drift of the ICP's score model: %s (%s accounts) → %s (%s accounts)%n",
        report.reference().name(),
        count(report.reference().rows()),
        report.current().name(),
        count(report.current().rows()));
    List<String> alarmed = new ArrayList<>(report.check().population().alarmed());
    ScoreDrift score = report.check().score();
    List.of(score.tiers(), score.deciles()).stream()
        .filter(AttributeDrift::alarm)
        .forEach(a -> alarmed.add(a.attribute().name()));
    out.println(
        report.alarm()
            ? "ALARM: drift that is significant and large enough to matter in "
                + String.join(", ", alarmed)
            : String.format(
                Locale.ROOT,
                "No alarm: nothing moved both significantly (q < %s) and materially (PSI ≥ %s or"
                    + " JS ≥ %s).",
                DriftRule.Q_LEVEL,
                DriftRule.MATERIAL_PSI,
                DriftRule.MATERIAL_JS));
    if (!report.missing().isEmpty()) {
      out.println(
          "Not compared (the current file lacks them): " + String.join(", ", report.missing()));
    }
  }

  private static TextTable drifts() {
    return new TextTable(
        List.of("ATTRIBUTE", "PSI", "JS", "TEST", "P", "Q", "ALARM"),
        new boolean[] {false, true, true, false, true, true, false},
        40);
  }

  private static List<String> row(AttributeDrift drift) {
    return List.of(
        drift.attribute().name(),
        fixed(drift.psi(), 3),
        fixed(drift.js(), 3),
        drift.test().method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        pValue(drift.test().pValue()),
        pValue(drift.qValue()),
        drift.alarm() ? "ALARM" : "");
  }

  private static void bins(AttributeDrift drift, PrintWriter out) {
    out.println();
    out.println("  " + drift.attribute().name() + ":");
    TextTable table =
        new TextTable(
            List.of("BIN", "REFERENCE", "CURRENT"), new boolean[] {false, true, true}, 48);
    long[] r = drift.attribute().reference();
    long[] c = drift.attribute().current();
    double rt = java.util.Arrays.stream(r).sum();
    double ct = java.util.Arrays.stream(c).sum();
    for (int b = 0; b < r.length; b++) {
      table.add(List.of(drift.attribute().bins().get(b), percent(r[b] / rt), percent(c[b] / ct)));
    }
    table.print(out, "    ");
  }

  private static void changes(List<TraitShift> changes, PrintWriter out) {
    if (changes.isEmpty()) {
      return;
    }
    out.println();
    out.println("What changed in the traits (lift: ideal rate inside over overall):");
    TextTable table =
        new TextTable(
            List.of("TRAIT", "CHANGE", "REFERENCE LIFT", "CURRENT LIFT", "P"),
            new boolean[] {false, false, true, true, true},
            48);
    for (TraitShift change : changes) {
      table.add(
          List.of(
              change.condition(),
              change.change().name().toLowerCase(Locale.ROOT),
              lift(change.reference()),
              lift(change.current()),
              pValue(change.pValue())));
    }
    table.print(out, "  ");
  }

  static String lift(Figure figure) {
    if (!figure.isPresent()) {
      return "–";
    }
    return String.format(
        Locale.ROOT, "%.2f× (%.2f–%.2f)", figure.value(), figure.low(), figure.high());
  }

  static String share(Figure figure) {
    if (!figure.isPresent()) {
      return "–";
    }
    return percent(figure.value())
        + " ("
        + percent(figure.low())
        + "–"
        + percent(figure.high())
        + ")";
  }

  static String change(Figure figure) {
    if (!figure.isPresent()) {
      return "–";
    }
    return String.format(
        Locale.ROOT,
        "%+.1f points (%+.1f to %+.1f), p %s",
        100 * figure.value(),
        100 * figure.low(),
        100 * figure.high(),
        pValue(figure.pValue()));
  }

  static String fixed(double value, int decimals) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** Prints one side's tier table. */
  static void tiers(Performance performance, PrintWriter out) {
    TextTable table =
        new TextTable(
            List.of("TIER", "ACCOUNTS", "OBSERVED IDEAL RATE (95% CI)", "EXPECTED"),
            new boolean[] {false, true, true, true},
            40);
    for (Performance.TierRate tier : performance.tiers()) {
      table.add(
          List.of(
              String.valueOf(tier.tier()),
              count(tier.rows()),
              performance.observed() ? share(tier.observed()) : "not yet known",
              share(tier.expected()) + (performance.observed() ? "" : " (estimate)")));
    }
    table.print(out, "    ");
  }
}
