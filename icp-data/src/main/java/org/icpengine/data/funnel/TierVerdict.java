package org.icpengine.data.funnel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.core.stats.Proportions;
import org.icpengine.data.engine.Engine;

/**
 * The funnel's finding in one sentence: whether the best tier's win rate differs from the worst's
 * (A against D, else the first and last tiers with closed deals), by the test of two proportions,
 * said plainly either way — including "no difference between tiers" when that is what the data
 * shows.
 */
final class TierVerdict {
  private TierVerdict() {}

  static String of(Engine engine) {
    Map<String, long[]> tiers = new LinkedHashMap<>();
    engine.query(
        "SELECT tier, count(*) FILTER (WHERE outcome = 'won'), count(*) FILTER (WHERE outcome <>"
            + " 'open') FROM "
            + GroupFigures.TABLE
            + " WHERE tier <> 'unscored' GROUP BY tier HAVING count(*) FILTER (WHERE outcome <>"
            + " 'open') > 0 ORDER BY tier",
        r -> tiers.put(r.getString(1), new long[] {r.getLong(2), r.getLong(3)}));
    if (tiers.size() < 2) {
      return "win rate by tier: fewer than two tiers have closed deals, so the tiers cannot be"
          + " compared";
    }
    List<String> names = List.copyOf(tiers.keySet());
    String best = names.get(0);
    String worst = names.get(names.size() - 1);
    long[] b = tiers.get(best);
    long[] w = tiers.get(worst);
    double p = Proportions.compare(b[0], b[1], w[0], w[1]);
    double rb = (double) b[0] / b[1];
    double rw = (double) w[0] / w[1];
    String figures =
        String.format(
            Locale.ROOT,
            "tier %s wins %.1f %% of %,d closed deals, tier %s %.1f %% of %,d (p %s)",
            best,
            100 * rb,
            b[1],
            worst,
            100 * rw,
            w[1],
            p < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "= %.3f", p));
    if (!(p < 0.05)) {
      return "win rate by tier: no difference between tiers "
          + best
          + " and "
          + worst
          + ": "
          + figures
          + "; the ICP does not separate the deals won here";
    }
    return rb > rw
        ? "win rate by tier: " + figures + ": the ICP's best tier wins more"
        : "win rate by tier: "
            + figures
            + ": the ICP's best tier wins LESS — the ICP does not fit"
            + " how these deals are won";
  }
}
