package org.icpengine.server.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.data.funnel.CohortRow;
import org.icpengine.data.funnel.FunnelDimension;
import org.icpengine.data.funnel.FunnelGroup;
import org.icpengine.data.funnel.FunnelReport;

/**
 * The KPIs the funnel gives from the opportunities themselves: the share of the open pipeline from
 * tiers A+B, and the trend of the win rate lift A ÷ D by the quarter deals were created.
 */
final class FunnelKpis {
  private FunnelKpis() {}

  /** Returns the A+B share of the open pipeline, its trend by creation quarter. */
  static KpiFigure pipelineShare(FunnelReport report) {
    org.icpengine.core.stats.Figure share = report.topTiers().pipeline();
    long open = 0;
    for (FunnelGroup g : report.groups(FunnelDimension.TIER)) {
      open += g.open();
    }
    List<KpiFigure.Point> trend = new ArrayList<>();
    for (Map.Entry<String, double[]> e : byPeriod(report).entrySet()) {
      double[] p = e.getValue();
      trend.add(new KpiFigure.Point(e.getKey(), p[1] > 0 ? p[0] / p[1] : Double.NaN, (long) p[2]));
    }
    return new KpiFigure(
        Kpi.PIPELINE_SHARE_AB.key(),
        share.value(),
        share.low(),
        share.high(),
        open,
        "amounts of open opportunities of tier A+B ÷ all open amounts (the funnel; the tier as of"
            + " each deal's creation), 95 % interval of the ratio estimator over the open deals"
            + " with an amount; n = open opportunities",
        trend);
  }

  /** Per period: pipeline of A+B, pipeline of all, opportunities open or not. */
  private static Map<String, double[]> byPeriod(FunnelReport report) {
    Map<String, double[]> periods = new LinkedHashMap<>();
    for (CohortRow row : report.cohorts()) {
      double[] p = periods.computeIfAbsent(row.period(), k -> new double[3]);
      if (row.tier().equals("A") || row.tier().equals("B")) {
        p[0] += row.pipeline();
      } else if (row.tier().equals("all")) {
        p[1] += row.pipeline();
        p[2] += row.opportunities();
      }
    }
    return periods;
  }

  /** Returns the lift with its trend: tier A's win rate ÷ tier D's per creation period. */
  static KpiFigure withLiftTrend(KpiFigure lift, FunnelReport report) {
    Map<String, double[]> periods = new LinkedHashMap<>();
    for (CohortRow row : report.cohorts()) {
      double[] p = periods.computeIfAbsent(row.period(), k -> new double[] {Double.NaN, 0, 0});
      if (row.tier().equals("A")) {
        p[0] = row.winRate().value();
        p[2] += row.closed();
      } else if (row.tier().equals("D")) {
        p[1] = row.winRate().value();
        p[2] += row.closed();
      }
    }
    List<KpiFigure.Point> trend = new ArrayList<>();
    periods.forEach(
        (period, p) ->
            trend.add(
                new KpiFigure.Point(period, p[1] > 0 ? p[0] / p[1] : Double.NaN, (long) p[2])));
    return new KpiFigure(
        lift.kpi(), lift.value(), lift.ciLow(), lift.ciHigh(), lift.n(), lift.basis(), trend);
  }
}
