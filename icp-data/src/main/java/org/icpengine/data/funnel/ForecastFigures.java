package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.literal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.icpengine.core.stats.Figure;
import org.icpengine.data.engine.Engine;

/**
 * The finance forecast from the open pipeline: each open deal with an amount is expected to bring
 * its tier's win rate (on closed deals) times its amount; its 12-month revenue is that times the
 * share of the 12 months after the forecast day left once it closes, amounts being annual contract
 * values. The intervals carry the win rates' Wilson bounds. The shift scenario moves a share of the
 * new pipeline's C/D opportunities to A/B (docs/funnel.md, "Forecast").
 */
final class ForecastFigures {
  private static final double DAYS_PER_MONTH = 30.4375;

  private ForecastFigures() {}

  /** One tier's counts. */
  private record TierCounts(
      String tier,
      long won,
      long closed,
      long openDeals,
      double openAmount,
      double revenueAmount) {}

  static Forecast compute(
      Engine engine, LocalDate asOf, OptionalDouble shift, Map<String, TierOutcome> outcomes) {
    String day = literal(asOf.toString()) + "::DATE";
    String expected =
        "CASE WHEN f.close_date > "
            + day
            + " THEN f.close_date WHEN f.created_date + CAST(round(coalesce(t.cyc, 0)) AS INTEGER) > "
            + day
            + " THEN f.created_date + CAST(round(coalesce(t.cyc, 0)) AS INTEGER) ELSE "
            + day
            + " END";
    String months =
        "least(12, greatest(0, datediff('day', "
            + day
            + ", "
            + expected
            + ") / "
            + DAYS_PER_MONTH
            + "))";
    List<TierCounts> counts =
        engine.query(
            "WITH t AS (SELECT tier, count(*) FILTER (WHERE outcome = 'won') AS won, count(*)"
                + " FILTER (WHERE outcome <> 'open') AS closed, median(cycle) AS cyc FROM "
                + GroupFigures.TABLE
                + " GROUP BY tier) SELECT t.tier, any_value(t.won), any_value(t.closed),"
                + " count(f.amount), coalesce(sum(f.amount), 0), coalesce(sum(f.amount * (12 - "
                + months
                + ") / 12), 0) FROM t LEFT JOIN "
                + GroupFigures.TABLE
                + " f ON f.tier = t.tier AND f.outcome = 'open' AND f.amount IS NOT NULL GROUP BY"
                + " t.tier ORDER BY t.tier",
            r ->
                new TierCounts(
                    r.getString(1),
                    r.getLong(2),
                    r.getLong(3),
                    r.getLong(4),
                    r.getDouble(5),
                    r.getDouble(6)));
    List<TierForecast> tiers = new ArrayList<>();
    double[] bookings = new double[3];
    double[] revenue = new double[3];
    Map<String, Figure> rates = new HashMap<>();
    for (TierCounts c : counts) {
      Figure rate = Rates.proportion(c.won(), c.closed());
      rates.put(c.tier(), rate);
      Figure b = times(rate, c.openAmount());
      Figure v = times(rate, c.revenueAmount());
      tiers.add(new TierForecast(c.tier(), c.openDeals(), c.openAmount(), rate, b, v));
      add(bookings, b);
      add(revenue, v);
    }
    List<String> assumptions =
        new ArrayList<>(
            List.of(
                "each open deal with an amount is expected to be won at its tier's win rate on"
                    + " closed deals; deals without an amount are left out",
                "12-month revenue: amounts are taken as annual contract values; a deal expected"
                    + " to close m months after "
                    + asOf
                    + " brings (12 − m) / 12 of its amount; it closes on its close date when"
                    + " that is later, else after its tier's median cycle from creation, else at"
                    + " once",
                "intervals: the win rates' 95 % Wilson bounds; the totals add the tiers' bounds,"
                    + " which is wider than a joint interval"));
    long unpriced =
        engine.queryOne(
            "SELECT count(*) FROM "
                + GroupFigures.TABLE
                + " WHERE outcome = 'open' AND amount IS NULL",
            r -> r.getLong(1));
    if (unpriced > 0) {
      assumptions.add(
          String.format(
              Locale.ROOT, "%,d open deals have no amount and are not forecast", unpriced));
    }
    Optional<Scenario> scenario =
        shift.isPresent()
            ? ShiftScenario.compute(engine, asOf, shift.getAsDouble(), rates, outcomes)
            : Optional.empty();
    return new Forecast(
        asOf,
        tiers,
        new Figure(bookings[0], bookings[1], bookings[2], Double.NaN),
        new Figure(revenue[0], revenue[1], revenue[2], Double.NaN),
        scenario,
        assumptions);
  }

  /** Returns a rate's figure times an amount, bounds included; missing without a rate. */
  static Figure times(Figure rate, double amount) {
    if (!rate.isPresent()) {
      return Figure.missing();
    }
    return new Figure(rate.value() * amount, rate.low() * amount, rate.high() * amount, Double.NaN);
  }

  private static void add(double[] sum, Figure f) {
    if (f.isPresent()) {
      sum[0] += f.value();
      sum[1] += f.low();
      sum[2] += f.high();
    }
  }

  /** Formats money for the assumption's words. */
  static String money(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
