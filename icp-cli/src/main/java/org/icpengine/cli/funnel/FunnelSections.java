package org.icpengine.cli.funnel;

import static org.icpengine.cli.text.Formats.count;
import static org.icpengine.cli.text.Formats.money;
import static org.icpengine.cli.text.Formats.percent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.cli.text.TextTable;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.funnel.CohortRow;
import org.icpengine.data.funnel.Forecast;
import org.icpengine.data.funnel.FunnelReport;
import org.icpengine.data.funnel.Scenario;
import org.icpengine.data.funnel.TierForecast;

/** The funnel's time and money sections as text: the cohorts' mix and the forecast. */
final class FunnelSections {
  private static final List<String> TIERS = List.of("A", "B", "C", "D");

  private FunnelSections() {}

  /** Prints each period's opportunities, tier mix and win rate. */
  static void cohorts(FunnelReport report, PrintWriter out) {
    out.println();
    out.println("== Cohorts by creation " + report.cohortPeriod().word() + ": mix and win rate ==");
    Map<String, Map<String, CohortRow>> periods = new LinkedHashMap<>();
    for (CohortRow row : report.cohorts()) {
      periods.computeIfAbsent(row.period(), p -> new LinkedHashMap<>()).put(row.tier(), row);
    }
    List<String> headers = new ArrayList<>(List.of("period", "opps"));
    TIERS.forEach(t -> headers.add(t + " share"));
    headers.add("win rate");
    TIERS.forEach(t -> headers.add(t + " win"));
    boolean[] right = new boolean[headers.size()];
    java.util.Arrays.fill(right, 1, right.length, true);
    TextTable table = new TextTable(headers, right, 20);
    periods.forEach(
        (period, tiers) -> {
          CohortRow all = tiers.get("all");
          List<String> row = new ArrayList<>(List.of(period, count(all.opportunities())));
          TIERS.forEach(t -> row.add(share(tiers.get(t))));
          row.add(percent(all.winRate().value()));
          TIERS.forEach(
              t -> row.add(tiers.containsKey(t) ? percent(tiers.get(t).winRate().value()) : "–"));
          table.add(row);
        });
    table.print(out, "  ");
  }

  private static String share(CohortRow row) {
    return row == null ? "–" : percent(row.share().value());
  }

  /** Prints the forecast by tier, its totals and the scenario with its assumption. */
  static void forecast(FunnelReport report, PrintWriter out) {
    if (report.forecast().isEmpty()) {
      return;
    }
    Forecast f = report.forecast().get();
    out.println();
    out.println("== Forecast from the open pipeline on " + f.asOf() + " ==");
    TextTable table =
        new TextTable(
            List.of(
                "tier",
                "open deals",
                "open amount",
                "win rate",
                "bookings",
                "95% CI",
                "revenue 12m",
                "95% CI"),
            new boolean[] {false, true, true, true, true, true, true, true},
            30);
    for (TierForecast t : f.tiers()) {
      table.add(
          List.of(
              t.tier(),
              count(t.openDeals()),
              money(t.openAmount()),
              percent(t.winRate().value()),
              money(t.bookings().value()),
              range(t.bookings()),
              money(t.revenue12m().value()),
              range(t.revenue12m())));
    }
    table.add(
        List.of(
            "total",
            "",
            "",
            "",
            money(f.bookings().value()),
            range(f.bookings()),
            money(f.revenue12m().value()),
            range(f.revenue12m())));
    table.print(out, "  ");
    f.assumptions().forEach(a -> out.println("  - " + a));
    if (f.scenario().isPresent()) {
      Scenario s = f.scenario().get();
      out.println();
      out.println(
          "Scenario: new pipeline's expected bookings "
              + money(s.baselineBookings())
              + " → "
              + money(s.projectedBookings().value())
              + " ("
              + range(s.projectedBookings())
              + ")");
      TeamText.scenarioOutcomes(s, out);
      out.println("  Assumption: " + s.assumption());
    }
  }

  private static String range(Figure f) {
    return Double.isNaN(f.low()) ? "–" : money(f.low()) + "–" + money(f.high());
  }
}
