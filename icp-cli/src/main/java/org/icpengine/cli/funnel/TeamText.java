package org.icpengine.cli.funnel;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.money;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.abm.AbmList;
import org.icpengine.data.abm.AbmTarget;
import org.icpengine.data.funnel.CohortAnswer;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.OpenDeal;
import org.icpengine.data.funnel.ProductCohort;
import org.icpengine.data.funnel.Scenario;
import org.icpengine.data.funnel.TierOutcome;

/** The team views as text: sales' open deals, the product view, the scenario's NRR and CAC, ABM. */
final class TeamText {
  private static final int OPEN_SHOWN = 15;
  private static final int WIDTH = 60;

  private TeamText() {}

  /** Prints the open deals in working order. */
  static void openDeals(FunnelReport report, PrintWriter out) {
    if (report.openDeals().isEmpty()) {
      return;
    }
    out.println();
    out.println(
        "== Open deals to work first ("
            + count(Math.min(OPEN_SHOWN, report.openDeals().size()))
            + " of "
            + count(report.openTotal())
            + "; --json lists "
            + count(report.openDeals().size())
            + ") ==");
    TextTable table =
        new TextTable(
            List.of("deal", "account", "stage", "amount", "tier", "grade", "priority", "why"),
            new boolean[] {false, false, false, true, false, false, true, false},
            WIDTH);
    for (OpenDeal d :
        report.openDeals().subList(0, Math.min(OPEN_SHOWN, report.openDeals().size()))) {
      table.add(
          List.of(
              d.opportunityId(),
              d.accountKey(),
              d.stage(),
              Double.isNaN(d.amount()) ? "–" : money(d.amount()),
              d.tier(),
              d.grade().orElse("–"),
              d.priority().isPresent() ? String.valueOf((long) d.priority().getAsDouble()) : "–",
              d.priorityReasons().orElse(d.reasons())));
    }
    table.print(out, "  ");
  }

  /** Prints the scenario's NRR and CAC lines, when it has them. */
  static void scenarioOutcomes(Scenario s, PrintWriter out) {
    if (s.baselineNrr().isPresent()) {
      out.println(
          "  New customers' NRR: "
              + number(s.baselineNrr())
              + " % → "
              + number(s.projectedNrr())
              + " % ("
              + bounds(s.projectedNrr(), false)
              + ")");
    }
    if (s.baselineCac().isPresent()) {
      out.println(
          "  CAC per new customer: "
              + money(s.baselineCac().value())
              + " → "
              + money(s.projectedCac().value())
              + " ("
              + bounds(s.projectedCac(), true)
              + ")");
    }
  }

  /** Prints each tier's customers' worth and what they come for. */
  static void product(FunnelReport report, PrintWriter out) {
    if (report.product().isEmpty()) {
      return;
    }
    out.println();
    out.println("== Product: what each tier's customers are worth and come for ==");
    for (ProductCohort c : report.product()) {
      TierOutcome o = c.outcome();
      out.println(
          "  Tier "
              + o.tier()
              + ": "
              + count(o.wonAccounts())
              + " customers, revenue "
              + money(o.revenueTotal())
              + ", NRR "
              + (o.nrrMean().isPresent() ? number(o.nrrMean()) + " %" : "–"));
      for (CohortAnswer a : c.answers()) {
        out.println(
            "    "
                + a.kind().replace('_', ' ')
                + ": "
                + a.answer()
                + (a.kind().equals("trait") ? "" : " (" + a.question() + ")")
                + " — "
                + percent(a.share().value())
                + " of "
                + count(a.asked())
                + ", all tiers "
                + percent(a.shareOfAll()));
      }
    }
  }

  /** Prints the ABM list. */
  static void abm(AbmList list, PrintWriter out) {
    out.println();
    out.println(
        "== ABM targets from "
            + list.file()
            + ": "
            + count(list.targets().size())
            + " of "
            + count(list.ranked())
            + " ranked ==");
    TextTable table =
        new TextTable(
            List.of("rank", "row", "name", "tier", "score", "engagement", "win rate", "CAC"),
            new boolean[] {true, true, false, false, true, true, true, true},
            WIDTH);
    for (AbmTarget t : list.targets()) {
      table.add(
          List.of(
              String.valueOf(t.rank()),
              String.valueOf(t.row()),
              t.name(),
              t.tier(),
              String.valueOf((long) t.score()),
              t.engagement().isPresent()
                  ? String.valueOf((long) t.engagement().getAsDouble())
                  : "–",
              t.winRate().isPresent() ? percent(t.winRate().value()) : "–",
              t.cac().isPresent() ? money(t.cac().value()) : "–"));
    }
    table.print(out, "  ");
    out.println("  Rank: " + list.rule());
    list.notes().forEach(n -> out.println("  - " + n));
  }

  private static String number(Figure f) {
    return String.format(Locale.ROOT, "%.1f", f.value());
  }

  private static String bounds(Figure f, boolean asMoney) {
    if (Double.isNaN(f.low())) {
      return "no interval";
    }
    return asMoney
        ? money(f.low()) + "–" + money(f.high())
        : String.format(Locale.ROOT, "%.1f–%.1f", f.low(), f.high());
  }
}
