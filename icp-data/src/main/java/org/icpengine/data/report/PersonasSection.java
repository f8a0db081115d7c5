package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.AtomicFiles;
import org.icpengine.data.InputException;
import org.icpengine.data.personas.CardClaims;
import org.icpengine.data.personas.CommitteeGap;
import org.icpengine.data.personas.CommitteeSummary;
import org.icpengine.data.personas.PersonaCard;
import org.icpengine.data.personas.PersonaLift;
import org.icpengine.data.personas.PersonaReport;

/**
 * The report's section "Buyer personas" ({@code icp personas --report}): the personas found on won
 * committees with their lifts, the won committee of tier A, a card per persona (each claim with its
 * evidence) and the committee gaps of tier A and B accounts. It is added to a report.html that
 * {@code icp derive} wrote, before the end of its main element, replacing an earlier one.
 */
public final class PersonasSection {
  private static final String START = "<section id=\"personas\">";
  private static final String END = "</section><!-- /personas -->";
  private static final String CARD =
      "style=\"border:1px solid #e3e6ee;border-radius:8px;padding:10px 14px;margin:12px 0\"";

  private PersonasSection() {}

  /**
   * Adds the section to the report file, whole or not at all.
   *
   * @throws InputException when the file is not a report icp derive wrote or cannot be written
   */
  public static void addTo(Path report, PersonaReport personas) {
    try {
      String html = Files.readString(report, StandardCharsets.UTF_8);
      AtomicFiles.write(report, insert(html, personas).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new InputException("cannot add the personas to " + report + ": " + e.getMessage(), e);
    }
  }

  /** Returns the report's HTML with the section added before {@code </main>}. */
  static String insert(String html, PersonaReport personas) {
    int start = html.indexOf(START);
    if (start >= 0) {
      int end = html.indexOf(END, start);
      html = html.substring(0, start) + html.substring(end + END.length());
    }
    int main = html.lastIndexOf("</main>");
    if (main < 0) {
      throw new InputException(
          "the file is not a report icp derive wrote (no <main> element): give its report.html");
    }
    return html.substring(0, main) + section(personas) + html.substring(main);
  }

  /** Returns the section's HTML. */
  static String section(PersonaReport report) {
    StringBuilder html = new StringBuilder(START).append("<h2>Buyer personas</h2><p>");
    html.append(
        "Who sits on the buying committees of won deals more often than on lost ones, from the"
            + " contacts' job titles and their roles on closed new-business deals."
            + " Lift is how many times more often deals with such a person on the committee"
            + " win; found means a q-value of at most 0.05 and an interval wholly above 1.</p>");
    html.append("<div class=\"kpis\">")
        .append(ReportHtml.kpi(count(report.deals()), "closed deals with a committee"))
        .append(ReportHtml.kpi(count(report.wonDeals()), "of them won"))
        .append(ReportHtml.kpi(count(report.contacts()), "contacts"))
        .append(ReportHtml.kpi(count(report.found().size()), "personas found"))
        .append("</div>");
    report.notes().forEach(n -> html.append("<p class=\"note\">").append(text(n)).append("</p>"));
    found(html, report);
    report.committee().ifPresent(c -> committee(html, c));
    for (PersonaCard card : report.cards()) {
      card(html, card);
    }
    gaps(html, report.gaps());
    return html.append(END).toString();
  }

  private static void found(StringBuilder html, PersonaReport report) {
    List<PersonaLift> found = report.lifts().stream().filter(PersonaLift::found).toList();
    if (found.isEmpty()) {
      return;
    }
    html.append(
        Charts.bars(
            report.found().stream()
                .map(
                    l ->
                        new Charts.Bar(
                            l.persona().label(),
                            l.lift().value(),
                            l.lift().low(),
                            l.lift().high(),
                            true))
                .toList(),
            1.0,
            "×"));
    html.append(
        "<table><thead><tr><th>Tier</th><th>Persona</th><th>Won committees</th>"
            + "<th>Lost committees</th><th>Lift [95% CI]</th><th>q</th></tr></thead><tbody>");
    for (PersonaLift l : found) {
      html.append("<tr><td>")
          .append(text(l.tier()))
          .append("</td><td>")
          .append(text(l.persona().label()))
          .append("</td><td>")
          .append(ReportHtml.percent(l.shareOfWon()))
          .append(" (")
          .append(l.wonWith())
          .append(" of ")
          .append(l.won())
          .append(")</td><td>")
          .append(ReportHtml.percent(l.shareOfLost()))
          .append("</td><td>")
          .append(
              String.format(
                  Locale.ROOT,
                  "%.2f [%.2f–%.2f]",
                  l.lift().value(),
                  l.lift().low(),
                  l.lift().high()))
          .append("</td><td>")
          .append(l.qValue() < 0.001 ? "&lt;0.001" : String.format(Locale.ROOT, "%.3f", l.qValue()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void committee(StringBuilder html, CommitteeSummary c) {
    html.append("<h3>The won committee of tier ")
        .append(text(c.tier()))
        .append("</h3><p>")
        .append(
            text(
                String.format(
                    Locale.ROOT,
                    "%,d won deals; median %.0f people on the committee (mean %.1f). They had:",
                    c.deals(),
                    c.medianSize(),
                    c.meanSize())))
        .append("</p><ul>");
    for (CommitteeSummary.Share s : c.composition()) {
      html.append("<li>")
          .append(text(s.persona().contactPhrase()))
          .append(": ")
          .append(ReportHtml.percent(s.share()))
          .append("</li>");
    }
    html.append("</ul>");
  }

  private static void card(StringBuilder html, PersonaCard card) {
    html.append("<div class=\"persona-card\" ")
        .append(CARD)
        .append("><h3>")
        .append(text(card.persona().label()))
        .append("</h3><dl>");
    for (CardClaims.Claim claim : CardClaims.of(card)) {
      html.append("<dt><b>")
          .append(text(claim.topic()))
          .append("</b></dt><dd>")
          .append(text(claim.claim()))
          .append("<br><span class=\"small\">Evidence: ")
          .append(text(claim.evidence()))
          .append("</span></dd>");
    }
    html.append("</dl></div>");
  }

  private static void gaps(StringBuilder html, List<CommitteeGap> gaps) {
    if (gaps.isEmpty()) {
      return;
    }
    html.append("<h3>Buying-committee gaps</h3><ul>");
    for (CommitteeGap gap : gaps) {
      html.append("<li>")
          .append(
              text(
                  String.format(
                      Locale.ROOT,
                      "%,d of %,d tier-%s accounts: %s",
                      gap.accountsLacking(),
                      gap.accounts(),
                      gap.tier(),
                      gap.text())))
          .append("</li>");
    }
    html.append("</ul>");
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
