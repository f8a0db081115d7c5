package org.icpengine.cli.derive;

import static org.icpengine.cli.text.Formats.pValue;
import static org.icpengine.cli.text.Formats.percent;
import static org.icpengine.cli.text.Formats.ratio;

import java.io.PrintWriter;
import java.util.List;
import org.icpengine.cli.text.Formats;
import org.icpengine.cli.text.TextTable;
import org.icpengine.data.fit.FitTraining;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.Usability;
import org.icpengine.data.traits.TraitColumns;
import org.icpengine.model.document.IcpContents;

/** The derived ICP as a person reads it in a terminal. */
public final class IcpText {
  private IcpText() {}

  /**
   * Returns whether the ICP is fit for use in one line: "Usable: …" with the held-out AUC, its
   * interval and the baseline, or "NOT USABLE: …" with the reason.
   */
  public static String usability(Usability usability) {
    String figures =
        String.format(
            java.util.Locale.ROOT,
            "held-out AUC %.3f (95 %% CI %.3f–%.3f), scorecard baseline %.3f%s",
            usability.auc(),
            usability.aucInterval().low(),
            usability.aucInterval().high(),
            usability.baselineAuc(),
            usability.beatsBaseline() ? "" : " (the baseline does better)");
    return usability.usable()
        ? "Usable: " + figures
        : "NOT USABLE: "
            + usability.reason()
            + " ("
            + figures
            + "). Do not score with this ICP: check the ideal definition (--ideal) and the data.";
  }

  /**
   * Prints the ideal definition, whether the ICP is usable, the summary, the traits, the segments,
   * coverage and notes.
   */
  public static void print(IcpDefinition icp, PrintWriter out) {
    out.println(
        "Ideal: "
            + icp.ideal().description()
            + " — "
            + Formats.count(icp.ideal().idealRows())
            + " of "
            + Formats.count(icp.ideal().rows())
            + " accounts");
    out.println(usability(icp.usability()));
    out.println();
    out.println(icp.summary());
    out.println();
    TextTable traits =
        new TextTable(
            List.of("TRAIT", "CATEGORY", "DIRECTION", "LIFT [95% CI]", "Q", "ACCOUNTS", "OF IDEAL"),
            new boolean[] {false, false, false, true, true, true, true},
            60);
    for (IcpContents.Trait t : icp.traits()) {
      traits.add(
          List.of(
              t.condition(),
              t.category(),
              t.direction(),
              ratio(t.lift().value())
                  + " ["
                  + ratio(t.lift().low())
                  + "–"
                  + ratio(t.lift().high())
                  + "]",
              pValue(t.qValue()),
              Formats.count(t.support()),
              percent(t.idealCoverage())));
    }
    traits.print(out, "");
    if (!icp.segments().isEmpty()) {
      out.println();
      TextTable segments =
          new TextTable(
              List.of("SEGMENT", "DIRECTION", "LIFT", "ACCOUNTS", "OF IDEAL"),
              new boolean[] {false, false, true, true, true},
              90);
      for (IcpContents.Segment s : icp.segments()) {
        segments.add(
            List.of(
                String.join(" and ", s.conditions()),
                s.direction(),
                ratio(s.lift().value()),
                Formats.count(s.support()),
                percent(s.idealCoverage())));
      }
      segments.print(out, "");
    }
    out.println();
    out.println(
        "Coverage: the ICP matches "
            + percent(icp.coverage().idealShare())
            + " of ideal accounts and "
            + percent(icp.coverage().allShare())
            + " of all accounts.");
    icp.excluded().stream()
        .filter(e -> e.reason().startsWith(TraitColumns.LEAKAGE))
        .forEach(
            e ->
                out.println(
                    "Left out as likely leakage: "
                        + e.column()
                        + ": "
                        + e.reason().substring(TraitColumns.LEAKAGE.length())
                        + " (use --include-leaky to use it)"));
    icp.excluded().stream()
        .filter(e -> e.reason().startsWith("a process column"))
        .forEach(
            e -> out.println("Left out as a process column: " + e.column() + ": " + e.reason()));
    icp.notes().forEach(note -> out.println("Note: " + note));
    fit(icp.fit(), out);
  }

  /** Prints how good the fit score is, its tiers and its strongest attributes. */
  private static void fit(FitTraining.Result fit, PrintWriter out) {
    var evaluation = fit.evaluation();
    var model = fit.model();
    out.println();
    out.printf(
        java.util.Locale.ROOT,
        "Fit score: AUC %.3f on %s held-out accounts (weight-of-evidence scorecard %.3f);"
            + " top-decile lift %.1f×; tier A holds %s of ideal accounts, A+B %s.%n",
        evaluation.fit().metrics().auc(),
        Formats.count(evaluation.holdoutRows()),
        evaluation.baseline().metrics().auc(),
        evaluation.fit().metrics().topDecileLift(),
        percent(evaluation.fit().tiers().idealCapturedByA()),
        percent(evaluation.fit().tiers().idealCapturedByAB()));
    out.println(
        "Tiers: A ≥ "
            + model.tiers().a()
            + ", B ≥ "
            + model.tiers().b()
            + ", C ≥ "
            + model.tiers().c()
            + ", D below"
            + (model.disqualifiers().isEmpty()
                ? ""
                : "; always D: "
                    + String.join(
                        ", ", model.disqualifiers().stream().map(d -> d.reason()).toList())));
    List<String> strongest =
        model.fit().attributes().stream()
            .sorted(
                java.util.Comparator.comparingInt(
                    (org.icpengine.model.scoring.PointsTable.Scored a) ->
                        java.util.Collections.min(a.points())
                            - java.util.Collections.max(a.points())))
            .limit(5)
            .map(
                a ->
                    a.attribute().name()
                        + " ("
                        + signed(java.util.Collections.min(a.points()))
                        + " to "
                        + signed(java.util.Collections.max(a.points()))
                        + ")")
            .toList();
    out.println("Strongest attributes (points): " + String.join(", ", strongest));
    evaluation
        .engagementAuc()
        .ifPresent(
            auc ->
                out.printf(
                    java.util.Locale.ROOT,
                    "Engagement score (behavioural columns, kept apart): AUC %.3f%n",
                    auc));
    evaluation
        .sides()
        .ifPresent(
            sides ->
                out.printf(
                    java.util.Locale.ROOT,
                    "Priority (fit and engagement in one ranking, icp_priority and icp_grade):"
                        + " AUC %.3f%n",
                    sides.priority().metrics().auc()));
  }

  private static String signed(int points) {
    return points > 0 ? "+" + points : points < 0 ? "−" + (-points) : "0";
  }
}
