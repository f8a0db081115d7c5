package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.icp.Usability;
import org.icpengine.model.document.IcpContents;

/**
 * The report's first page, in business words: whether the model may be used, who the ideal
 * customers are, how much better they are in money, today's customers per tier, and what each team
 * does next ({@link TeamActions}). Methods and SQL stay in the appendix.
 */
final class BusinessSummary {
  /** The most traits page one names. */
  static final int SHOWN = 5;

  private BusinessSummary() {}

  /** Appends page one. */
  static void write(StringBuilder html, IcpDefinition icp, ReportData data, DisplayNames names) {
    html.append("<section class=\"page-one\"><h1>Ideal Customer Profile</h1>");
    verdict(html, icp.usability());
    html.append("<p class=\"summary\">").append(text(names.text(icp.summary()))).append("</p>");
    who(html, icp, names);
    data.idealVsRest().ifPresent(money -> money(html, money));
    data.customers()
        .ifPresent(
            c ->
                CustomerTiersTable.write(
                    html, c, data.prospects(), icp.fit().model().tiers(), icp));
    TeamActions.write(html, icp, data, names);
    html.append("</section>");
  }

  private static void verdict(StringBuilder html, Usability usability) {
    boolean ok = usability.usable();
    html.append("<p class=\"gate ").append(ok ? "ok" : "bad").append("\"><b>");
    if (usability.verdict() == Usability.Verdict.NOT_USABLE) {
      html.append("Not usable yet:</b> ").append(text(usability.reason())).append('.');
    } else if (Double.isNaN(usability.auc())) {
      html.append("Usable</b> (the held-out check was not recorded).");
    } else {
      html.append("Usable:</b> ")
          .append(
              text(
                  String.format(
                      Locale.ROOT,
                      "on customers it never saw, the score ranks an ideal customer above another"
                          + " %.0f %% of the time (AUC %.2f, 95 %% interval %.2f–%.2f; the"
                          + " scorecard baseline %.2f).",
                      100 * usability.auc(),
                      usability.auc(),
                      usability.aucInterval().low(),
                      usability.aucInterval().high(),
                      usability.baselineAuc())));
    }
    html.append("</p>");
  }

  private static void who(StringBuilder html, IcpDefinition icp, DisplayNames names) {
    List<IcpContents.Trait> best =
        icp.traits().stream().filter(t -> t.direction().equals("positive")).limit(SHOWN).toList();
    if (best.isEmpty()) {
      return;
    }
    html.append("<h2>Who the ideal customers are</h2><p>")
        .append(
            text(
                String.format(
                    Locale.ROOT,
                    "%,d of %,d customers (%s) are ideal: %s.",
                    icp.ideal().idealRows(),
                    icp.ideal().rows(),
                    ReportHtml.percent(icp.ideal().idealRate()),
                    names.text(icp.ideal().description()))))
        .append("</p><ul class=\"who\">");
    for (IcpContents.Trait t : best) {
      html.append("<li><b>")
          .append(text(names.text(t.condition())))
          .append("</b> — ")
          .append(
              text(
                  String.format(
                      Locale.ROOT,
                      "%.1f× as likely to be ideal; %s of ideal customers",
                      t.lift().value(),
                      ReportHtml.percent(t.idealCoverage()))))
          .append("</li>");
    }
    html.append("</ul>");
  }

  /**
   * One money row: its name, figure, how to print it, and the outcome columns it is computed from
   * (when the ideal definition reads one of them, the row differs by definition, not as a finding).
   */
  private record Money(
      String name,
      Function<CohortFigures, Figure> figure,
      Function<Double, String> format,
      List<OutcomeKind> from) {}

  private static final List<Money> MONEY =
      List.of(
          new Money(
              "Lifetime value (LTV), mean",
              CohortFigures::ltvMean,
              BusinessSummary::dollars,
              List.of(OutcomeKind.LTV)),
          new Money(
              "Net revenue retention (NRR)",
              CohortFigures::nrr,
              BusinessSummary::nrr,
              List.of(OutcomeKind.NRR)),
          new Money(
              "Acquisition cost (CAC), mean",
              CohortFigures::cac,
              BusinessSummary::dollars,
              List.of(OutcomeKind.CAC)),
          new Money(
              "LTV:CAC",
              CohortFigures::ltvToCac,
              v -> decimals(v, "%.1f×"),
              List.of(OutcomeKind.LTV, OutcomeKind.CAC)),
          new Money(
              "Churned",
              CohortFigures::churnRate,
              ReportHtml::percent,
              List.of(OutcomeKind.CHURNED)));

  /** Appends the money table: ideal customers against the rest, each row with its ratio. */
  static void money(StringBuilder html, CohortReport report) {
    if (report.cohorts().size() < 2) {
      return;
    }
    CohortFigures ideal = report.cohorts().get(0);
    CohortFigures rest = report.cohorts().get(1);
    List<String> byDefinition = new ArrayList<>();
    html.append("<h2>How much better they are in money</h2><table class=\"money\"><thead><tr>")
        .append("<th>Measure</th><th>")
        .append(text(ideal.label()))
        .append("</th><th>")
        .append(text(rest.label()))
        .append("</th><th>Ideal ÷ rest</th></tr></thead><tbody>");
    for (Money m : MONEY) {
      Figure a = m.figure().apply(ideal);
      Figure b = m.figure().apply(rest);
      if (!a.isPresent() || !b.isPresent()) {
        continue;
      }
      List<String> defining = defining(report, m);
      byDefinition.addAll(defining);
      boolean finding = defining.isEmpty();
      html.append(finding ? "<tr><td>" : "<tr class=\"by-definition\"><td>")
          .append(text(m.name()))
          .append(finding ? "</td><td><b>" : "</td><td>")
          .append(text(withInterval(a, m.format())))
          .append(finding ? "</b></td><td>" : "</td><td>")
          .append(text(withInterval(b, m.format())))
          .append("</td><td>")
          .append(
              text(
                  !finding
                      ? "by definition"
                      : b.value() == 0 ? "–" : decimals(a.value() / b.value(), "%.2f×")))
          .append("</td></tr>");
    }
    html.append("</tbody></table><p class=\"small\">")
        .append(
            text(
                String.format(
                    Locale.ROOT,
                    "Brackets: 95 %% confidence intervals. %,d ideal and %,d other customers.",
                    ideal.accounts(),
                    rest.accounts())));
    if (!byDefinition.isEmpty()) {
      html.append(" ")
          .append(
              text(
                  "“By definition”: the definition of ideal selects on "
                      + String.join(", ", new LinkedHashSet<>(byDefinition))
                      + ", so ideal customers differ there because of how they were chosen, not"
                      + " as a finding."));
    }
    html.append("</p>");
  }

  /** The columns of the row the ideal definition reads, in the file's names. */
  private static List<String> defining(CohortReport report, Money money) {
    List<String> read =
        report.ideal().columnsRead().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    List<String> defining = new ArrayList<>();
    for (OutcomeKind kind : money.from()) {
      String column = report.outcomes().get(kind);
      if (column != null && read.contains(column.toLowerCase(Locale.ROOT))) {
        defining.add(column);
      }
    }
    return defining;
  }

  private static String withInterval(Figure f, Function<Double, String> format) {
    if (Double.isNaN(f.low()) || Double.isNaN(f.high())) {
      return format.apply(f.value());
    }
    return format.apply(f.value())
        + " ["
        + format.apply(f.low())
        + " – "
        + format.apply(f.high())
        + "]";
  }

  static String dollars(double value) {
    return Double.isNaN(value) ? "–" : "$" + Charts.format(value);
  }

  private static String nrr(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    // NRR columns hold either a ratio (1.12) or a percentage (112).
    return value <= 5
        ? String.format(Locale.ROOT, "%.0f%%", 100 * value)
        : String.format(Locale.ROOT, "%.0f%%", value);
  }

  static String decimals(double value, String format) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? "–"
        : String.format(Locale.ROOT, format, value);
  }
}
