package org.icpengine.data.report;

import static org.icpengine.data.report.Html.text;

import java.util.List;
import java.util.Locale;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelGroup;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.MissedDeal;

/**
 * The report's "Funnel by ICP tier" section, when derive ran on linked sources with opportunities:
 * the finding, win rate, cycle and bookings by tier with intervals, the A+B share and the largest
 * won deals the ICP placed in C or D (docs/funnel.md).
 */
final class FunnelSection {
  private static final int MISSED_SHOWN = 5;

  private FunnelSection() {}

  static void funnel(StringBuilder html, FunnelReport report) {
    html.append("<section><h2>Funnel by ICP tier</h2><p>")
        .append(text(report.notes().get(0)))
        .append(". Each of the ")
        .append(String.format(Locale.ROOT, "%,d", report.opportunities()))
        .append(" opportunities is scored with this ICP; stages ")
        .append(text(String.join(" → ", report.stageOrder())))
        .append(".</p><table><thead><tr><th>Tier</th><th>Opportunities</th><th>Closed</th>")
        .append("<th>Win rate (95 % CI)</th><th>Median cycle, days</th><th>Bookings</th>")
        .append("</tr></thead><tbody>");
    for (FunnelGroup g : report.groups(FunnelDimension.TIER)) {
      html.append("<tr><td>")
          .append(text(g.tier().orElse("")))
          .append("</td><td>")
          .append(g.opportunities())
          .append("</td><td>")
          .append(g.closed())
          .append("</td><td>")
          .append(rate(g.winRate()))
          .append("</td><td>")
          .append(number(g.cycleDaysMedian().value()))
          .append("</td><td>")
          .append(number(g.bookings()))
          .append("</td></tr>");
    }
    html.append("</tbody></table><p>Tiers A+B: ")
        .append(percent(report.topTiers().opportunities().value()))
        .append(" of the opportunities, ")
        .append(percent(report.topTiers().bookings().value()))
        .append(" of bookings.</p>");
    missed(html, report);
    html.append("</section>");
  }

  private static void missed(StringBuilder html, FunnelReport report) {
    List<MissedDeal> won =
        report.missed().stream()
            .filter(m -> m.kind().equals(MissedDeal.WON_LOW_TIER))
            .limit(MISSED_SHOWN)
            .toList();
    html.append("<p>Missed: ")
        .append(report.missedTotals().getOrDefault(MissedDeal.WON_LOW_TIER, 0L))
        .append(" won deals the ICP placed in C or D, ")
        .append(report.missedTotals().getOrDefault(MissedDeal.LOST_TIER_A, 0L))
        .append(" tier-A deals lost (icp funnel lists them).</p>");
    if (won.isEmpty()) {
      return;
    }
    html.append("<table><thead><tr><th>Won deal</th><th>Account</th><th>Tier</th>")
        .append("<th>Amount</th><th>Why</th></tr></thead><tbody>");
    for (MissedDeal m : won) {
      html.append("<tr><td>")
          .append(text(m.opportunityId()))
          .append("</td><td>")
          .append(text(m.accountKey()))
          .append("</td><td>")
          .append(text(m.tier()))
          .append("</td><td>")
          .append(number(m.amount()))
          .append("</td><td>")
          .append(text(m.reasons()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static String rate(Figure f) {
    if (!f.isPresent()) {
      return "–";
    }
    return String.format(
        Locale.ROOT, "%.1f %% (%.1f–%.1f)", 100 * f.value(), 100 * f.low(), 100 * f.high());
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,.0f", value);
  }
}
