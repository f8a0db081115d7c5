package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.literal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.engine.Engine;

/**
 * "Shift X % of new pipeline from tiers C/D to A/B": the new pipeline is the scored opportunities
 * with an amount created in the 12 months up to the forecast day. Its expected bookings are the sum
 * of each deal's tier win rate × amount. X % of its C/D deals are taken out with what they were
 * expected to bring, and come back as A/B deals: each with the A+B win rate (pooled, on closed
 * deals) and the A+B new deals' mean amount. The bounds use the win rates' Wilson bounds.
 */
final class ShiftScenario {
  /** The rule behind the projected NRR and CAC, in words. */
  static final String MIX_ASSUMPTION =
      "NRR and CAC of the new customers: each tier's mean over its customers (the account"
          + " table's nrr_12m and cac), averaged over the tiers weighted by the deals each is"
          + " expected to win (deals × win rate) before and after the shift; the moved deals take"
          + " the A+B customers' pooled means; the bounds average the tiers' 95 % t bounds the"
          + " same way, as if the tiers' errors moved together (wider than a joint interval)";

  private ShiftScenario() {}

  private static org.icpengine.core.stats.Moments empty() {
    return org.icpengine.core.stats.Moments.empty();
  }

  static Optional<Scenario> compute(
      Engine engine,
      LocalDate asOf,
      double shift,
      Map<String, Figure> rates,
      Map<String, TierOutcome> outcomes) {
    String day = literal(asOf.toString()) + "::DATE";
    Map<String, double[]> tiers = new HashMap<>();
    engine.query(
        "SELECT tier, count(*), sum(amount) FROM "
            + GroupFigures.TABLE
            + " WHERE amount IS NOT NULL AND tier <> 'unscored' AND created_date <= "
            + day
            + " AND created_date > "
            + day
            + " - INTERVAL 12 MONTH GROUP BY tier",
        r -> tiers.put(r.getString(1), new double[] {r.getLong(2), r.getDouble(3)}));
    double[] ab = sum(tiers, "A", "B");
    double[] cd = sum(tiers, "C", "D");
    long[] abClosed =
        engine.queryOne(
            "SELECT count(*) FILTER (WHERE outcome = 'won'), count(*) FILTER (WHERE outcome <>"
                + " 'open') FROM "
                + GroupFigures.TABLE
                + " WHERE tier IN ('A', 'B')",
            r -> new long[] {r.getLong(1), r.getLong(2)});
    if (ab[0] == 0 || abClosed[1] == 0) {
      return Optional.empty();
    }
    Figure abRate = Rates.proportion(abClosed[0], abClosed[1]);
    double abMean = ab[1] / ab[0];
    double share = shift / 100;
    double moved = share * cd[0];
    double[] baseline = new double[3];
    double[] removed = new double[3];
    for (Map.Entry<String, double[]> e : tiers.entrySet()) {
      Figure expected =
          ForecastFigures.times(rates.getOrDefault(e.getKey(), Figure.missing()), e.getValue()[1]);
      if (!expected.isPresent()) {
        continue;
      }
      double[] parts = {expected.value(), expected.low(), expected.high()};
      boolean low = e.getKey().equals("C") || e.getKey().equals("D");
      for (int i = 0; i < 3; i++) {
        baseline[i] += parts[i];
        removed[i] += low ? share * parts[i] : 0;
      }
    }
    double[] rate = {abRate.value(), abRate.low(), abRate.high()};
    double[] projected = new double[3];
    for (int i = 0; i < 3; i++) {
      projected[i] = baseline[i] - removed[i] + moved * abMean * rate[i];
    }
    String assumption =
        String.format(
            Locale.ROOT,
            "%s %% of the %,d C/D opportunities created in the 12 months to %s (%.1f deals) come as"
                + " A/B ones instead: each wins at the A+B win rate of %.1f %% and has the A+B new"
                + " deals' mean amount of %s; the other deals keep their tier's win rate",
            trim(shift),
            (long) cd[0],
            asOf,
            moved,
            100 * abRate.value(),
            ForecastFigures.money(abMean));
    Map<String, Double> wins = new HashMap<>();
    tiers.forEach(
        (tier, c) -> wins.put(tier, c[0] * rates.getOrDefault(tier, Figure.missing()).value()));
    wins.replaceAll((tier, w) -> Double.isNaN(w) ? 0 : w);
    Map<String, Double> after = ScenarioMix.shifted(wins, share, moved * abRate.value());
    Map<String, Figure> nrr = new HashMap<>();
    Map<String, Figure> cac = new HashMap<>();
    outcomes.forEach(
        (tier, o) -> {
          nrr.put(tier, o.nrrMean());
          cac.put(tier, o.cacMean());
        });
    TierOutcome none = new TierOutcome("", 0, empty(), empty(), empty());
    TierOutcome pooled =
        outcomes.getOrDefault("A", none).plus(outcomes.getOrDefault("B", none), ScenarioMix.MOVED);
    nrr.put(ScenarioMix.MOVED, pooled.nrrMean());
    cac.put(ScenarioMix.MOVED, pooled.cacMean());
    return Optional.of(
        new Scenario(
            shift,
            (long) (ab[0] + cd[0]),
            moved,
            baseline[0],
            new Figure(projected[0], projected[1], projected[2], Double.NaN),
            ScenarioMix.blend(wins, nrr),
            ScenarioMix.blend(after, nrr),
            ScenarioMix.blend(wins, cac),
            ScenarioMix.blend(after, cac),
            assumption + ". " + MIX_ASSUMPTION));
  }

  private static double[] sum(Map<String, double[]> tiers, String first, String second) {
    double[] a = tiers.getOrDefault(first, new double[2]);
    double[] b = tiers.getOrDefault(second, new double[2]);
    return new double[] {a[0] + b[0], a[1] + b[1]};
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
