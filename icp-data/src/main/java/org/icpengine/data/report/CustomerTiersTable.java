package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.Locale;
import java.util.Optional;
import org.icpengine.core.score.Tiers;
import org.icpengine.data.icp.IcpDefinition;

/**
 * Page one's table of today's customers per tier, with the ideal ones and the value they hold, and
 * a prospects file's accounts per tier when one was scored.
 */
final class CustomerTiersTable {
  private CustomerTiersTable() {}

  static void write(
      StringBuilder html,
      CustomerTiers customers,
      Optional<ProspectTiers> prospects,
      Tiers thresholds,
      IcpDefinition icp) {
    html.append("<h2>Today's customers")
        .append(prospects.isPresent() ? " and prospects" : "")
        .append(" by tier</h2><table class=\"tiers\"><thead><tr>")
        .append("<th>Tier</th><th>Fit score</th><th>Customers</th><th>Ideal among them</th>");
    boolean value = !customers.valueColumn().isEmpty() && customers.value() > 0;
    if (value) {
      html.append("<th>Lifetime value held</th><th>Share of all LTV</th>");
    }
    prospects.ifPresent(p -> html.append("<th>Prospects</th>"));
    html.append("</tr></thead><tbody>");
    for (CustomerTiers.Row row : customers.tiers()) {
      html.append("<tr><td><b>")
          .append(row.tier())
          .append("</b></td><td>")
          .append(text(ScoreQualitySection.range(row.tier(), thresholds)))
          .append("</td><td>")
          .append(String.format(Locale.ROOT, "%,d", row.accounts()))
          .append("</td><td>")
          .append(
              text(
                  String.format(
                      Locale.ROOT,
                      "%,d (%s)",
                      row.ideal(),
                      ReportHtml.percent(
                          row.accounts() == 0
                              ? Double.NaN
                              : (double) row.ideal() / row.accounts()))))
          .append("</td>");
      if (value) {
        html.append("<td>")
            .append(text(BusinessSummary.dollars(row.value())))
            .append("</td><td>")
            .append(ReportHtml.percent(row.value() / customers.value()))
            .append("</td>");
      }
      prospects.ifPresent(p -> html.append("<td data-prospects>").append(prospects(p, row.tier())));
      html.append("</tr>");
    }
    html.append("</tbody></table><p class=\"small\">")
        .append(
            text(
                String.format(
                    Locale.ROOT,
                    "Every one of the %,d customers of %s scored by the published model; the"
                        + " held-out check of these tiers is in the appendix. ",
                    customers.accounts(),
                    icp.provenance().inputFile())))
        .append(text(prospects.map(CustomerTiersTable::prospectsNote).orElse(NO_PROSPECTS)))
        .append("</p>");
  }

  private static final String NO_PROSPECTS =
      "Prospects get their tier from icp score (the same model) or the web app's scoring; icp"
          + " derive --prospects FILE counts them here.";

  private static String prospects(ProspectTiers p, char tier) {
    long n = p.tiers().getOrDefault(tier, 0L);
    return String.format(
            Locale.ROOT,
            "%,d (%s)",
            n,
            ReportHtml.percent(p.accounts() == 0 ? Double.NaN : (double) n / p.accounts()))
        + "</td>";
  }

  private static String prospectsNote(ProspectTiers p) {
    return String.format(
        Locale.ROOT,
        "Prospects: the %,d accounts of %s scored as icp score scores them%s.",
        p.accounts(),
        p.file(),
        p.unscored() == 0 ? "" : String.format(Locale.ROOT, " (%,d rows unscored)", p.unscored()));
  }
}
