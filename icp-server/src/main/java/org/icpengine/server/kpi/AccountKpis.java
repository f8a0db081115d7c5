package org.icpengine.server.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Interval;
import org.icpengine.core.stats.Means;
import org.icpengine.core.stats.Moments;
import org.icpengine.core.stats.Proportions;
import org.icpengine.core.stats.Ratios;

/**
 * The KPIs the account table of a linked dataset gives, each account scored with the published
 * version: bookings share of tiers A+B, win rate lift A ÷ D, the share of won deals at the top 30 %
 * of accounts by fit, and NRR, churn and CAC by tier. Trends are by the quarter accounts became
 * customers. The open pipeline needs the opportunities themselves (the funnel), so it is missing
 * here.
 */
public final class AccountKpis {
  /** The share of accounts, best fit first, whose won deals {@code top30} counts. */
  static final double TOP_SHARE = 0.3;

  private static final List<String> TIERS = List.of("A", "B", "C", "D");

  private AccountKpis() {}

  /** Returns every KPI in catalogue order. */
  public static List<KpiFigure> of(List<ScoredAccount> accounts) {
    List<ScoredAccount> scored = accounts.stream().filter(a -> a.tier() != null).toList();
    List<KpiFigure> figures = new ArrayList<>();
    figures.add(
        KpiFigure.missing(
            Kpi.PIPELINE_SHARE_AB,
            "needs the open opportunities' amounts: computed by the funnel from the linked exports"));
    figures.add(withTrend(Kpi.BOOKINGS_SHARE_AB, scored, AccountKpis::bookingsShare));
    figures.add(winRateLift(scored));
    figures.add(top30(scored));
    for (String tier : TIERS) {
      figures.add(withTrend(Kpi.of("nrr_" + tier.toLowerCase()), scored, a -> nrr(a, tier)));
    }
    for (String tier : TIERS) {
      figures.add(withTrend(Kpi.of("churn_" + tier.toLowerCase()), scored, a -> churn(a, tier)));
    }
    for (String tier : TIERS) {
      figures.add(withTrend(Kpi.of("cac_" + tier.toLowerCase()), scored, a -> cac(a, tier)));
    }
    return figures;
  }

  /** The KPI over all accounts, with the same KPI per customer cohort as its trend. */
  private static KpiFigure withTrend(
      Kpi kpi, List<ScoredAccount> accounts, Function<List<ScoredAccount>, KpiFigure> compute) {
    KpiFigure all = compute.apply(accounts);
    Map<String, List<ScoredAccount>> byCohort = new TreeMap<>();
    for (ScoredAccount a : accounts) {
      if (a.cohort() != null) {
        byCohort.computeIfAbsent(a.cohort(), c -> new ArrayList<>()).add(a);
      }
    }
    List<KpiFigure.Point> trend = new ArrayList<>();
    byCohort.forEach(
        (cohort, part) -> {
          KpiFigure f = compute.apply(part);
          trend.add(new KpiFigure.Point(cohort, f.value(), f.n()));
        });
    return new KpiFigure(
        kpi.key(), all.value(), all.ciLow(), all.ciHigh(), all.n(), all.basis(), trend);
  }

  private static KpiFigure bookingsShare(List<ScoredAccount> accounts) {
    List<ScoredAccount> paying =
        accounts.stream().filter(a -> Double.isFinite(a.revenueWon())).toList();
    Shares.Share share =
        Shares.of(
            amounts(paying, a -> a.topTiers() ? a.revenueWon() : 0),
            amounts(paying, ScoredAccount::revenueWon));
    return figure(
        Kpi.BOOKINGS_SHARE_AB,
        share.value(),
        share.ci(),
        share.n(),
        "revenue_won of tier A+B accounts ÷ all revenue_won, over accounts with revenue_won");
  }

  private static KpiFigure winRateLift(List<ScoredAccount> accounts) {
    Moments a = closedDeals(accounts, "A");
    Moments d = closedDeals(accounts, "D");
    Figure lift = Ratios.ofMeans(a, d, d, a);
    if (Double.isNaN(lift.value())) {
      return KpiFigure.missing(
          Kpi.WIN_RATE_LIFT_A_D,
          "needs closed deals in tier A and won deals in tier D (A: "
              + a.count()
              + " closed, D: "
              + d.count()
              + " closed, "
              + (long) d.sum()
              + " won)");
    }
    return figure(
        Kpi.WIN_RATE_LIFT_A_D,
        lift.value(),
        new Interval(lift.low(), lift.high()),
        a.count() + d.count(),
        "deals_won ÷ (deals_won + deals_lost) of tier A over the same of tier D; n = closed deals"
            + " of A and D");
  }

  /** Closed deals of the tier as 0/1 outcomes: count = closed, sum = won. */
  private static Moments closedDeals(List<ScoredAccount> accounts, String tier) {
    long won = 0;
    long closed = 0;
    for (ScoredAccount a : accounts) {
      if (a.in(tier)) {
        won += a.won();
        closed += a.won() + a.lost();
      }
    }
    return new Moments(closed, won, won);
  }

  private static KpiFigure top30(List<ScoredAccount> accounts) {
    List<ScoredAccount> ranked =
        accounts.stream().sorted(Comparator.comparingInt(ScoredAccount::score).reversed()).toList();
    int top = (int) Math.ceil(ranked.size() * TOP_SHARE);
    double[] part = new double[ranked.size()];
    double[] total = new double[ranked.size()];
    for (int i = 0; i < ranked.size(); i++) {
      total[i] = ranked.get(i).won();
      part[i] = i < top ? total[i] : 0;
    }
    Shares.Share share = Shares.of(part, total);
    return figure(
        Kpi.TOP30_CONVERSION_SHARE,
        share.value(),
        share.ci(),
        share.n(),
        "deals_won of the 30 % of accounts with the highest fit score ÷ all deals_won");
  }

  private static KpiFigure nrr(List<ScoredAccount> accounts, String tier) {
    Moments m = moments(accounts, a -> a.in(tier), ScoredAccount::nrr);
    return figure(
        Kpi.of("nrr_" + tier.toLowerCase()),
        m.mean(),
        Means.confidence(m),
        m.count(),
        "mean nrr_12m of tier " + tier + " accounts with one");
  }

  private static KpiFigure churn(List<ScoredAccount> accounts, String tier) {
    long churned = 0;
    long paying = 0;
    for (ScoredAccount a : accounts) {
      if (a.in(tier) && a.churned() != null) {
        paying++;
        churned += a.churned() ? 1 : 0;
      }
    }
    return figure(
        Kpi.of("churn_" + tier.toLowerCase()),
        paying == 0 ? Double.NaN : churned / (double) paying,
        Proportions.wilson(churned, paying),
        paying,
        "share of tier " + tier + " accounts paying in the window that churned");
  }

  private static KpiFigure cac(List<ScoredAccount> accounts, String tier) {
    Moments m = moments(accounts, a -> a.in(tier), ScoredAccount::cac);
    return figure(
        Kpi.of("cac_" + tier.toLowerCase()),
        m.mean(),
        Means.confidence(m),
        m.count(),
        "mean cac of tier " + tier + " accounts acquired in the window");
  }

  private static Moments moments(
      List<ScoredAccount> accounts,
      Predicate<ScoredAccount> in,
      ToDoubleFunction<ScoredAccount> x) {
    long n = 0;
    double sum = 0;
    double squares = 0;
    for (ScoredAccount a : accounts) {
      double v = x.applyAsDouble(a);
      if (in.test(a) && Double.isFinite(v)) {
        n++;
        sum += v;
        squares += v * v;
      }
    }
    return new Moments(n, sum, squares);
  }

  private static double[] amounts(List<ScoredAccount> accounts, ToDoubleFunction<ScoredAccount> x) {
    return accounts.stream().mapToDouble(x).toArray();
  }

  /** Every KPI is 0 or more, so an interval's lower end below 0 (a t interval) is cut at 0. */
  private static KpiFigure figure(Kpi kpi, double value, Interval ci, long n, String basis) {
    double low = Double.isFinite(ci.low()) ? Math.max(0, ci.low()) : ci.low();
    return new KpiFigure(kpi.key(), value, low, ci.high(), n, basis, List.of());
  }
}
