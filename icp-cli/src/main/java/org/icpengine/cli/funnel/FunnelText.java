package org.icpengine.cli.funnel;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.money;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.cli.text.Formats;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelGroup;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.MissedDeal;
import org.icpengine.data.funnel.StageStep;
import org.icpengine.data.funnel.TopTierShare;

/** The funnel as readable tables: the cells, their stages, A+B's share and the missed deals. */
final class FunnelText {
  private static final int WIDTH = 40;
  private static final int MISSED_SHOWN = 10;

  private FunnelText() {}

  static void print(FunnelReport report, PrintWriter out) {
    out.println(
        "Funnel by ICP tier: "
            + count(report.opportunities())
            + " opportunities linked to an account; by tier "
            + report.tiers());
    out.println("Stages: " + String.join(" → ", report.stageOrder()));
    List<List<FunnelDimension>> cuts = cuts(report.by());
    for (List<FunnelDimension> cut : cuts) {
      List<FunnelGroup> groups = report.groups(cut.toArray(FunnelDimension[]::new));
      out.println();
      out.println("== By " + words(cut) + " (* differs from the rest, p < 0.05) ==");
      cells(cut, groups).print(out, "  ");
      out.println();
      out.println("  Cumulative conversion from " + report.stageOrder().get(0) + ":");
      stages(cut, groups, report.stageOrder()).print(out, "  ");
    }
    topTiers(report.topTiers(), out);
    missed(report, out);
    TeamText.openDeals(report, out);
    FunnelSections.cohorts(report, out);
    FunnelSections.forecast(report, out);
    TeamText.product(report, out);
    out.println();
    out.println("Notes:");
    report.notes().forEach(n -> out.println("  - " + n));
  }

  private static List<List<FunnelDimension>> cuts(List<FunnelDimension> by) {
    List<List<FunnelDimension>> cuts = new ArrayList<>();
    if (by.size() > 1) {
      by.forEach(d -> cuts.add(List.of(d)));
    }
    cuts.add(by);
    return cuts;
  }

  private static String words(List<FunnelDimension> cut) {
    return String.join(" × ", cut.stream().map(FunnelDimension::word).toList());
  }

  private static List<String> labels(List<FunnelDimension> cut, FunnelGroup g) {
    List<String> labels = new ArrayList<>();
    for (FunnelDimension d : cut) {
      labels.add(
          switch (d) {
            case TIER -> g.tier().orElse("");
            case GRADE -> g.grade().orElse("");
            case CHANNEL -> g.channel().orElse("");
          });
    }
    return labels;
  }

  private static TextTable cells(List<FunnelDimension> cut, List<FunnelGroup> groups) {
    List<String> headers = new ArrayList<>(cut.stream().map(FunnelDimension::word).toList());
    headers.addAll(
        List.of(
            "opps",
            "closed",
            "won",
            "win rate",
            "95% CI",
            "cycle d",
            "mean deal",
            "median deal",
            "pipeline",
            "bookings",
            "CAC",
            "LTV:CAC",
            "payback m"));
    boolean[] right = new boolean[headers.size()];
    for (int i = cut.size(); i < right.length; i++) {
      right[i] = true;
    }
    TextTable table = new TextTable(headers, right, WIDTH);
    for (FunnelGroup g : groups) {
      List<String> row = labels(cut, g);
      row.add(count(g.opportunities()));
      row.add(count(g.closed()));
      row.add(count(g.won()));
      row.add(percent(g.winRate().value()) + Formats.star(g.winRate()));
      row.add(interval(g.winRate()));
      row.add(Formats.compact(g.cycleDaysMedian().value()));
      row.add(money(g.dealSizeMean().value()) + Formats.star(g.dealSizeMean()));
      row.add(money(g.dealSizeMedian().value()));
      row.add(money(g.pipeline()));
      row.add(money(g.bookings()));
      row.add(g.economics().map(e -> money(e.cac().value())).orElse("–"));
      row.add(g.economics().map(e -> Formats.ratio(e.ltvToCac().value())).orElse("–"));
      row.add(g.economics().map(e -> Formats.compact(e.paybackMonths().value())).orElse("–"));
      table.add(row);
    }
    return table;
  }

  private static TextTable stages(
      List<FunnelDimension> cut, List<FunnelGroup> groups, List<String> order) {
    List<String> headers = new ArrayList<>(cut.stream().map(FunnelDimension::word).toList());
    headers.addAll(order);
    boolean[] right = new boolean[headers.size()];
    for (int i = cut.size(); i < right.length; i++) {
      right[i] = true;
    }
    TextTable table = new TextTable(headers, right, WIDTH);
    for (FunnelGroup g : groups) {
      List<String> row = labels(cut, g);
      for (StageStep step : g.stages()) {
        row.add(percent(step.cumulative().value()) + Formats.star(step.cumulative()));
      }
      table.add(row);
    }
    return table;
  }

  static String interval(Figure f) {
    if (Double.isNaN(f.low())) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.1f–%.1f%%", 100 * f.low(), 100 * f.high());
  }

  private static void topTiers(TopTierShare t, PrintWriter out) {
    out.println();
    out.println(
        "Tiers "
            + String.join("+", t.tiers())
            + ": "
            + percent(t.opportunities().value())
            + " of scored opportunities ("
            + interval(t.opportunities())
            + "), "
            + percent(t.pipeline().value())
            + " of the open pipeline, "
            + percent(t.bookings().value())
            + " of bookings, "
            + percent(t.wonDeals().value())
            + " of won deals");
  }

  private static void missed(FunnelReport report, PrintWriter out) {
    out.println();
    out.println(
        "== Missed: "
            + count(report.missedTotals().getOrDefault(MissedDeal.WON_LOW_TIER, 0L))
            + " won deals placed in C/D, "
            + count(report.missedTotals().getOrDefault(MissedDeal.LOST_TIER_A, 0L))
            + " tier-A deals lost (largest shown) ==");
    TextTable table =
        new TextTable(
            List.of("kind", "opportunity", "account", "tier", "amount", "stage", "why"),
            new boolean[] {false, false, false, false, true, false, false},
            70);
    for (String kind : List.of(MissedDeal.WON_LOW_TIER, MissedDeal.LOST_TIER_A)) {
      report.missed().stream()
          .filter(m -> m.kind().equals(kind))
          .limit(MISSED_SHOWN)
          .forEach(
              m ->
                  table.add(
                      List.of(
                          kind.equals(MissedDeal.WON_LOW_TIER) ? "won in C/D" : "lost in A",
                          m.opportunityId(),
                          m.accountKey(),
                          m.grade().orElse(m.tier()),
                          money(m.amount()),
                          m.stage(),
                          m.reasons())));
    }
    table.print(out, "  ");
  }
}
