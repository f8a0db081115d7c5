package org.icpengine.sample;

import static org.icpengine.sample.Draws.chance;
import static org.icpengine.sample.Draws.gaussian;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws customer outcomes from the planted profile: each planted trait lifts LTV and NRR and cuts
 * CAC and churn a little, all three together a lot; the disqualified industry does the opposite.
 */
final class Outcomes {
  /** The day the sample exports were taken. */
  static final long EXPORT_DAY = LocalDate.of(2026, 1, 15).toEpochDay();

  private static final long FIRST_CUSTOMER_DAY = LocalDate.of(2019, 1, 1).toEpochDay();
  private static final long LAST_CUSTOMER_DAY = LocalDate.of(2025, 12, 31).toEpochDay();
  private static final double MEDIAN_LTV = 12_500;
  private static final double MEDIAN_CAC = 6_500;
  private static final List<String> HEALTH = List.of("Green", "Yellow", "Red");

  private Outcomes() {}

  /** Draws LTV, CAC, NRR and churn for {@code account}. */
  static Economics economics(Account account, SplittableRandom rnd) {
    int traits = account.traits();
    double fit = account.plantedFit() ? 1 : 0;
    double bad = account.disqualified() ? 1 : 0;
    double churnOdds = -1.2 - 0.4 * traits - 1.0 * fit + 1.6 * bad;
    boolean churned = chance(rnd, Draws.logistic(churnOdds));
    double ltvLog = 0.38 * traits + 0.6 * fit - 0.8 * bad + 0.55 * gaussian(rnd);
    double ltv = MEDIAN_LTV * StrictMath.exp(ltvLog) * (churned ? 0.5 : 1.0);
    double cacLog = -0.15 * traits - 0.25 * fit + 0.3 * bad + 0.4 * gaussian(rnd);
    long cac = Math.max(2_000, Math.min(20_000, 50 * Math.round(MEDIAN_CAC * exp(cacLog) / 50)));
    int nrr =
        churned
            ? 40 + rnd.nextInt(50)
            : (int) Math.round(100 + 5 * traits + 10 * fit - 12 * bad + 9 * gaussian(rnd));
    return new Economics(Math.round(ltv * 100) / 100.0, cac, Math.max(60, nrr), churned);
  }

  /** Draws the start date, last activity, health and web visits, all consistent with churn. */
  static Lifecycle lifecycle(Economics economics, SplittableRandom rnd) {
    long since = FIRST_CUSTOMER_DAY + rnd.nextLong(LAST_CUSTOMER_DAY - FIRST_CUSTOMER_DAY + 1);
    boolean churned = economics.churned();
    long lastActivity;
    if (churned) {
      long span = Math.max(30, EXPORT_DAY - 120 - since);
      lastActivity = Math.min(EXPORT_DAY - 1, since + 15 + rnd.nextLong(span));
    } else {
      lastActivity = Math.max(since, EXPORT_DAY - rnd.nextInt(45));
    }
    double[] healthWeights = churned ? new double[] {8, 22, 70} : new double[] {62, 28, 10};
    String health = Draws.weighted(rnd, HEALTH, healthWeights);
    double visits = 35 * exp(0.8 * gaussian(rnd)) * (churned ? 0.35 : 1.0);
    return new Lifecycle(since, lastActivity, health, (int) Math.round(visits));
  }

  private static double exp(double x) {
    return StrictMath.exp(x);
  }
}
