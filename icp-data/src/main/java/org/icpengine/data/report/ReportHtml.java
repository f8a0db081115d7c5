package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.icpengine.core.cohort.CohortFigures;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.clean.CleaningNotes;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.data.profile.ColumnProfile;
import org.icpengine.data.profile.DatasetProfile;
import org.icpengine.model.document.IcpContents;

/**
 * Writes the ICP as one self-contained HTML file: no script, no network, inline styles and SVG, so
 * it opens from disk and survives being emailed. Every value from the data is escaped.
 */
public final class ReportHtml {
  private ReportHtml() {}

  /** Writes the report, whole or not at all. */
  public static void write(IcpDefinition icp, DatasetProfile profile, ReportData data, Path file)
      throws IOException {
    AtomicFiles.write(file, of(icp, profile, data).getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the report without page one's money and tier figures, whole or not at all. */
  public static void write(
      IcpDefinition icp, DatasetProfile profile, List<CohortReport> economics, Path file)
      throws IOException {
    write(icp, profile, ReportData.of(economics), file);
  }

  /** Returns the report's HTML without page one's money and tier figures. */
  public static String of(IcpDefinition icp, DatasetProfile profile, List<CohortReport> economics) {
    return of(icp, profile, ReportData.of(economics));
  }

  /**
   * Returns the report's HTML: page one for the people who decide (business summary), then the
   * evidence, then an appendix with the definition as SQL, data quality and provenance. Each
   * section is one call here; a new section is one more line.
   */
  public static String of(IcpDefinition icp, DatasetProfile profile, ReportData data) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Ideal Customer Profile — ")
        .append(text(icp.provenance().inputFile()))
        .append("</title><style>")
        .append(Style.CSS)
        .append("</style></head><body><main>");
    DisplayNames names = DisplayNames.of(icp);
    BusinessSummary.write(html, icp, data, names);
    traits(html, icp, names);
    SegmentGroups.write(html, icp.segments(), names);
    if (icp.fit() != null) {
      ScoreQualitySection.quality(html, icp.fit());
      PrioritySection.priority(html, icp.fit().evaluation());
      PointsSection.points(html, icp.fit().model());
    }
    outcomes(html, icp, names);
    data.enrichment().ifPresent(e -> EnrichmentSection.enrichment(html, e));
    data.funnel().ifPresent(f -> FunnelSection.funnel(html, f));
    for (CohortReport report : data.economics()) {
      cohorts(html, report, names);
    }
    html.append("<div class=\"appendix\"><h1>Appendix: definitions, data and method</h1>");
    ideal(html, icp);
    quality(html, icp, profile);
    provenance(html, icp);
    html.append("</div>");
    return html.append("</main></body></html>").toString();
  }

  private static void ideal(StringBuilder html, IcpDefinition icp) {
    html.append("<section><h2>Who counts as ideal: the definition</h2><p>")
        .append(text(icp.ideal().description()))
        .append("</p><p class=\"mono\">")
        .append(text(icp.ideal().expression()))
        .append("</p>")
        .append("<div class=\"kpis\">")
        .append(kpi(String.format(Locale.ROOT, "%,d", icp.ideal().idealRows()), "ideal accounts"))
        .append(kpi(percent(icp.ideal().idealRate()), "of all accounts are ideal"))
        .append(kpi(percent(icp.coverage().idealShare()), "of ideal accounts match the ICP"))
        .append(kpi(percent(icp.coverage().allShare()), "of all accounts match the ICP"))
        .append("</div>");
    icp.notes().forEach(n -> html.append("<p class=\"note\">").append(text(n)).append("</p>"));
    html.append("</section>");
  }

  private static void traits(StringBuilder html, IcpDefinition icp, DisplayNames names) {
    html.append(
        "<section><h2>Traits</h2><p>Lift is how many times the average rate of ideal"
            + " customers a trait brings; the whisker is its 95&nbsp;% confidence interval, measured"
            + " on rows the search never saw.</p>");
    List<Charts.Bar> bars = new ArrayList<>();
    for (IcpContents.Trait t : icp.traits()) {
      bars.add(
          new Charts.Bar(
              names.text(t.condition()),
              t.lift().value(),
              t.lift().low(),
              t.lift().high(),
              t.direction().equals("positive")));
    }
    html.append(Charts.bars(bars, 1.0, "×"));
    html.append(
        "<table><thead><tr><th>Trait</th><th>Direction</th>"
            + "<th>Lift [95% CI]</th><th>q</th><th>Accounts</th><th>Of ideal</th><th>LTV inside</th>"
            + "<th>Churn inside</th></tr></thead><tbody>");
    String category = null;
    for (IcpContents.Trait t : byCategory(icp.traits())) {
      if (!t.category().equals(category)) {
        category = t.category();
        html.append("<tr class=\"group\"><th colspan=\"8\">")
            .append(text(category))
            .append("</th></tr>");
      }
      CohortFigures inside = t.economics();
      html.append("<tr><td>")
          .append(text(names.text(t.condition())))
          .append("</td><td>")
          .append(text(t.direction()))
          .append("</td><td class=\"nowrap\">")
          .append(
              String.format(
                  Locale.ROOT,
                  "%.2f [%.2f–%.2f]",
                  t.lift().value(),
                  t.lift().low(),
                  t.lift().high()))
          .append("</td><td>")
          .append(p(t.qValue()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%,d", t.support()))
          .append("</td><td>")
          .append(percent(t.idealCoverage()))
          .append("</td><td>")
          .append(money(inside.ltvMean().value()))
          .append("</td><td>")
          .append(percent(inside.churnRate().value()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
    useLegend(html, icp.traits());
    html.append("</section>");
  }

  /** One legend of how each direction's traits are used, instead of a sentence on every row. */
  private static void useLegend(StringBuilder html, List<IcpContents.Trait> traits) {
    html.append("<p class=\"small legend\"><b>Use:</b> ");
    List<String> parts = new ArrayList<>();
    for (String direction : List.of("positive", "negative")) {
      List<String> uses =
          traits.stream()
              .filter(t -> t.direction().equals(direction))
              .flatMap(t -> t.uses().stream())
              .distinct()
              .toList();
      if (!uses.isEmpty()) {
        parts.add(text(direction + " traits: " + String.join("; ", uses)));
      }
    }
    html.append(String.join(". ", parts)).append(".</p>");
  }

  /** The report shows this many findings per outcome and direction; icp.json holds them all. */
  private static final int FINDINGS_SHOWN = 2;

  private static void outcomes(StringBuilder html, IcpDefinition icp, DisplayNames names) {
    if (icp.outcomeFindings().isEmpty()) {
      return;
    }
    html.append(
        "<section><h2>What drives the economics</h2><p>Segments whose mean differs from"
            + " the rest's (Mann–Whitney test, confirmed on rows the search never saw), the"
            + " strongest of each outcome.</p><table>"
            + "<thead><tr><th>Outcome</th><th>Conditions</th><th>Direction</th>"
            + "<th>Difference [95% CI]</th><th>q</th><th>Accounts</th></tr></thead><tbody>");
    java.util.Map<String, Integer> shown = new java.util.HashMap<>();
    int hidden = 0;
    for (IcpContents.Outcome f : icp.outcomeFindings()) {
      if (shown.merge(f.outcome() + f.direction(), 1, Integer::sum) > FINDINGS_SHOWN) {
        hidden++;
        continue;
      }
      html.append("<tr><td>")
          .append(text(names.column(f.outcome())))
          .append("</td><td>")
          .append(text(names.text(String.join(" and ", f.conditions()))))
          .append("</td><td>")
          .append(f.direction().equals("positive") ? "better" : "worse")
          .append("</td><td>")
          .append(
              text(
                  Charts.format(f.difference().value())
                      + " ["
                      + Charts.format(f.difference().low())
                      + " – "
                      + Charts.format(f.difference().high())
                      + "]"))
          .append("</td><td>")
          .append(p(f.qValue()))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%,d", f.support()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
    if (hidden > 0) {
      html.append("<p class=\"small\">")
          .append(hidden)
          .append(
              " more findings are in icp.json (<span class=\"mono\">outcome_segments</span>).</p>");
    }
    html.append("</section>");
  }

  /** A cohort figure the report charts, with its scale, unit and which way is better. */
  private record Metric(
      String title,
      Function<CohortFigures, Figure> figure,
      double scale,
      String unit,
      boolean higherIsBetter) {}

  private static final List<Metric> METRICS =
      List.of(
          new Metric("LTV, mean", CohortFigures::ltvMean, 1, "", true),
          new Metric("NRR, %", CohortFigures::nrr, 1, "%", true),
          new Metric("CAC, mean", CohortFigures::cac, 1, "", false),
          new Metric("Churn, %", CohortFigures::churnRate, 100, "%", false));

  private static void cohorts(StringBuilder html, CohortReport report, DisplayNames names) {
    String by = String.join(" × ", report.by().stream().map(names::column).toList());
    html.append("<section><h2>Economics by ")
        .append(text(by))
        .append("</h2><div class=\"economics\">");
    for (Metric metric : METRICS) {
      Figure total = metric.figure().apply(report.total());
      if (!total.isPresent()) {
        continue;
      }
      List<Charts.Bar> bars = new ArrayList<>();
      for (CohortFigures c : report.cohorts()) {
        Figure f = metric.figure().apply(c);
        boolean better =
            metric.higherIsBetter() ? f.value() >= total.value() : f.value() <= total.value();
        bars.add(
            new Charts.Bar(
                c.label(),
                metric.scale() * f.value(),
                metric.scale() * f.low(),
                metric.scale() * f.high(),
                better));
      }
      html.append("<div><h3>")
          .append(text(metric.title()))
          .append(" (line: all accounts)</h3>")
          .append(Charts.bars(bars, metric.scale() * total.value(), metric.unit()))
          .append("</div>");
    }
    html.append("</div></section>");
  }

  private static void quality(StringBuilder html, IcpDefinition icp, DatasetProfile profile) {
    html.append("<section><h2>Data quality and columns left out</h2><ul>");
    icp.excluded()
        .forEach(
            e ->
                html.append("<li><b>")
                    .append(text(e.column()))
                    .append("</b>: ")
                    .append(text(e.reason()))
                    .append("</li>"));
    html.append("</ul><ul>");
    for (ColumnProfile c : profile.columns()) {
      List<String> notes = new ArrayList<>(CleaningNotes.describe(c.cleaning()));
      notes.addAll(c.notes());
      notes.addAll(c.warnings());
      if (!notes.isEmpty()) {
        html.append("<li><b>")
            .append(text(c.name()))
            .append("</b>: ")
            .append(text(String.join("; ", notes)))
            .append("</li>");
      }
    }
    html.append("</ul><p>")
        .append(profile.rowProblems().size())
        .append(" row-level problems (see <span class=\"mono\">icp profile</span>).</p></section>");
  }

  private static void provenance(StringBuilder html, IcpDefinition icp) {
    var p = icp.provenance();
    html.append("<section><h2>Provenance</h2><p class=\"mono\">")
        .append(text(p.inputFile()))
        .append(" · sha256 ")
        .append(text(p.inputSha256()))
        .append(" · ")
        .append(String.format(Locale.ROOT, "%,d", p.rows()))
        .append(" rows · seed ")
        .append(p.seed())
        .append(" · options ")
        .append(text(p.options().toString()))
        .append(" · engine ")
        .append(text(p.engineVersion()))
        .append(" · ICP Engine ")
        .append(text(p.icpEngineVersion()))
        .append(" · ")
        .append(text(p.createdAt().toString()))
        .append("</p></section>");
  }

  /** Orders traits by category, keeping their order (positive first, strongest first) within. */
  private static List<IcpContents.Trait> byCategory(List<IcpContents.Trait> traits) {
    List<String> categories = traits.stream().map(IcpContents.Trait::category).distinct().toList();
    return traits.stream()
        .sorted(java.util.Comparator.comparingInt(t -> categories.indexOf(t.category())))
        .toList();
  }

  static String kpi(String value, String label) {
    return "<div class=\"kpi\"><b>" + text(value) + "</b><span>" + text(label) + "</span></div>";
  }

  static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String money(double value) {
    return Double.isNaN(value) ? "–" : "$" + Charts.format(value);
  }

  private static String p(double value) {
    return value < 0.001 ? "&lt;0.001" : String.format(Locale.ROOT, "%.3f", value);
  }
}
