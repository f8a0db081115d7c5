package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icpengine.data.icp.IcpDefinition;
import org.icpengine.model.document.IcpContents;
import org.icpengine.model.scoring.Disqualifier;

/**
 * Page one's "what each team does next": demand generation's include and exclude filters, sales'
 * qualify and disqualify checklist, finance's revenue at stake by tier, product's pains and jobs.
 * Every line is a trait or rule of the ICP, in the CRM's names.
 */
final class TeamActions {
  /** Categories that say what a customer needs or believes: product's part. */
  private static final Set<String> PRODUCT = Set.of("psychographic", "job-to-be-done");

  private TeamActions() {}

  static void write(StringBuilder html, IcpDefinition icp, ReportData data, DisplayNames names) {
    List<IcpContents.Trait> positive = direction(icp, "positive");
    List<IcpContents.Trait> negative = direction(icp, "negative");
    html.append("<h2>What each team does next</h2><div class=\"teams\">");
    html.append("<div class=\"team\"><h3>Demand generation</h3><p>Include accounts where:</p>");
    list(html, positive.stream().map(t -> names.text(t.condition())).toList(), "ul");
    html.append("<p>Exclude accounts where:</p>");
    list(html, negative.stream().map(t -> names.text(t.condition())).toList(), "ul");
    html.append(
        "</div><div class=\"team\"><h3>Sales</h3><p>Qualify — the more ticked, the better:</p>");
    list(html, positive.stream().map(t -> "☐ " + names.text(t.condition())).toList(), "ul");
    html.append("<p>Disqualify (tier D whatever the score):</p>");
    List<String> rules =
        icp.fit() == null
            ? List.of()
            : icp.fit().model().disqualifiers().stream()
                .map(Disqualifier::reason)
                .map(names::text)
                .toList();
    list(html, rules.isEmpty() ? List.of("no hard rule: use the tiers") : rules, "ul");
    html.append("</div><div class=\"team\"><h3>Finance</h3>");
    finance(html, data);
    html.append("</div><div class=\"team\"><h3>Product</h3>");
    List<String> jobs =
        icp.traits().stream()
            .filter(t -> PRODUCT.contains(t.category()) && t.direction().equals("positive"))
            .map(t -> names.text(t.condition()))
            .limit(BusinessSummary.SHOWN)
            .toList();
    if (jobs.isEmpty()) {
      html.append(
          "<p>No pain or job-to-be-done column set ideal customers apart. Add the survey's"
              + " questions (main job, pains, priorities) to the file to learn them.</p>");
    } else {
      html.append("<p>The pains and jobs of ideal customers:</p>");
      list(html, jobs, "ul");
    }
    html.append("</div></div>");
  }

  private static List<IcpContents.Trait> direction(IcpDefinition icp, String direction) {
    return icp.traits().stream()
        .filter(t -> t.direction().equals(direction))
        .limit(BusinessSummary.SHOWN)
        .toList();
  }

  private static void finance(StringBuilder html, ReportData data) {
    if (data.customers().isEmpty() || data.customers().get().value() <= 0) {
      html.append("<p>The file has no LTV or revenue column: add one to see revenue at stake.</p>");
      return;
    }
    CustomerTiers tiers = data.customers().get();
    double total = tiers.value();
    html.append("<p>Revenue at stake (lifetime value held) by tier:</p><ul>");
    for (CustomerTiers.Row row : tiers.tiers()) {
      html.append("<li>")
          .append(
              text(
                  String.format(
                      Locale.ROOT,
                      "Tier %s: %s (%s) in %,d customers",
                      row.tier(),
                      BusinessSummary.dollars(row.value()),
                      ReportHtml.percent(row.value() / total),
                      row.accounts())))
          .append("</li>");
    }
    html.append("</ul><p>Budget acquisition and success where A and B are.</p>");
  }

  private static void list(StringBuilder html, List<String> items, String tag) {
    html.append('<').append(tag).append('>');
    items.forEach(i -> html.append("<li>").append(text(i)).append("</li>"));
    html.append("</").append(tag).append('>');
  }
}
