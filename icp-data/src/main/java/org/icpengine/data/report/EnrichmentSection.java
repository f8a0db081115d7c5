package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.nio.file.Path;
import java.util.Locale;
import org.icpengine.data.enrichment.AttributeCoverage;
import org.icpengine.data.enrichment.SourceEnrichment;

/**
 * The report's section "Evidence from enrichment": the accounts each enrichment file enriched and
 * its coverage per attribute, then how much of the fit score's evidence and of the traits came from
 * enrichment ({@link EnrichmentEvidence}). Written only when the account table was enriched.
 */
final class EnrichmentSection {
  private EnrichmentSection() {}

  /** Appends the section when enrichment files were applied. */
  static void enrichment(StringBuilder html, EnrichmentEvidence evidence) {
    if (evidence.report().sources().isEmpty()) {
      return;
    }
    html.append("<section><h2>Evidence from enrichment</h2><p>")
        .append(
            String.format(
                Locale.ROOT,
                "Enrichment files gave values to %,d of %,d accounts (%s). %s of the fit score's"
                    + " evidence came from enrichment (each attribute's weight times the share of"
                    + " accounts whose value a file supplied); %d of %d traits rest on a column"
                    + " enrichment filled. Enriched values count as known in icp_coverage.",
                evidence.report().enrichedAccounts(),
                evidence.report().accounts(),
                ReportHtml.percent(
                    evidence.report().accounts() == 0
                        ? 0
                        : (double) evidence.report().enrichedAccounts()
                            / evidence.report().accounts()),
                ReportHtml.percent(evidence.fitShare()),
                evidence.enrichedTraits(),
                evidence.traits()))
        .append("</p><table><thead><tr><th>File</th><th>Attribute</th><th>Accounts</th>")
        .append("<th>Coverage</th><th>Conflicts with the CRM</th></tr></thead><tbody>");
    for (SourceEnrichment source : evidence.report().sources()) {
      for (AttributeCoverage attribute : source.attributes()) {
        html.append("<tr><td>")
            .append(text(String.valueOf(Path.of(source.file()).getFileName())))
            .append("</td><td>")
            .append(text(attribute.column()))
            .append(attribute.added() ? " (new)" : " (filled where the CRM is empty)")
            .append("</td><td>")
            .append(String.format(Locale.ROOT, "%,d", attribute.accounts()))
            .append("</td><td>")
            .append(ReportHtml.percent(attribute.coverage()))
            .append("</td><td>")
            .append(String.format(Locale.ROOT, "%,d", attribute.conflicts()))
            .append("</td></tr>");
      }
    }
    html.append("</tbody></table>");
    fitColumns(html, evidence);
    html.append("</section>");
  }

  private static void fitColumns(StringBuilder html, EnrichmentEvidence evidence) {
    if (evidence.fitColumns().isEmpty()) {
      html.append(
          "<p class=\"small\">No attribute of the fit score took a value from enrichment.</p>");
      return;
    }
    html.append("<table><thead><tr><th>Fit score column</th><th>Weight in the score</th>")
        .append("<th>Accounts whose value came from enrichment</th></tr></thead><tbody>");
    for (EnrichmentEvidence.FitColumn column : evidence.fitColumns()) {
      html.append("<tr><td>")
          .append(text(column.column()))
          .append("</td><td>")
          .append(ReportHtml.percent(column.weight()))
          .append("</td><td>")
          .append(ReportHtml.percent(column.enriched()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }
}
