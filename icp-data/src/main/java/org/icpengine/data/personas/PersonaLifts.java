package org.icpengine.data.personas;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.discovery.Lifts;
import org.icpengine.core.stats.FalseDiscovery;
import org.icpengine.core.stats.Figure;
import org.icpengine.core.stats.Proportions;
import org.icpengine.data.engine.Engine;

/**
 * Every persona's lift on the committees in {@link CommitteeTables#MEMBERS}, per tier and over all
 * tiers, at three grains: function and seniority, function alone, seniority alone (with VP or
 * C-level as one level too). A deal counts once per persona however many of its people fit it.
 * Unknown functions and seniorities are never personas. The p-values of every persona and tier are
 * adjusted together by Benjamini–Hochberg.
 */
final class PersonaLifts {
  /** Fewer deals with a persona than this are reported but not tested. */
  static final int MIN_DEALS = 10;

  private record Counts(Persona persona, String tier, long wonWith, long dealsWith) {}

  private PersonaLifts() {}

  static List<PersonaLift> compute(Engine engine) {
    Map<String, long[]> totals = totals(engine);
    List<Counts> counts = counts(engine);
    List<Counts> kept = new ArrayList<>();
    double[] p = new double[counts.size()];
    for (Counts c : counts) {
      long[] total = totals.get(c.tier());
      if (total == null) {
        continue;
      }
      long n2 = total[1] - c.dealsWith();
      boolean tested = c.dealsWith() >= MIN_DEALS && n2 > 0; // as PersonaLift.tested()
      p[kept.size()] =
          tested
              ? Proportions.compare(c.wonWith(), c.dealsWith(), total[0] - c.wonWith(), n2)
              : Double.NaN;
      kept.add(c);
    }
    double[] q = FalseDiscovery.benjaminiHochberg(java.util.Arrays.copyOf(p, kept.size()));
    List<PersonaLift> lifts = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      Counts c = kept.get(i);
      long[] total = totals.get(c.tier());
      Figure lift =
          Lifts.of(
              c.wonWith(),
              c.dealsWith(),
              total[0] - c.wonWith(),
              total[1] - c.dealsWith(),
              0,
              p[i]);
      lifts.add(
          new PersonaLift(
              c.persona(), c.tier(), c.wonWith(), total[0], c.dealsWith(), total[1], lift, q[i]));
    }
    lifts.sort(
        Comparator.comparing((PersonaLift l) -> tierOrder(l.tier()))
            .thenComparing(l -> -(Double.isNaN(l.lift().value()) ? 0 : l.lift().value())));
    return lifts;
  }

  private static String tierOrder(String tier) {
    return PersonaLift.ALL_TIERS.equals(tier) ? "" : tier;
  }

  /** Won and all closed deals per tier letter and over all tiers. */
  static Map<String, long[]> totals(Engine engine) {
    Map<String, long[]> totals = new HashMap<>();
    engine.query(
        "SELECT tier, count(*) FILTER (WHERE won), count(*) FROM (SELECT opportunity_id,"
            + " any_value(won) AS won, any_value(tier) AS tier FROM "
            + CommitteeTables.MEMBERS
            + " GROUP BY 1) GROUP BY GROUPING SETS ((tier), ())",
        r -> {
          String tier = r.getString(1) == null ? PersonaLift.ALL_TIERS : r.getString(1);
          if (!"-".equals(tier)) {
            totals.put(tier, new long[] {r.getLong(2), r.getLong(3)});
          }
          return null;
        });
    return totals;
  }

  private static List<Counts> counts(Engine engine) {
    return engine.query(
        "WITH m AS (SELECT DISTINCT opportunity_id, won, tier, function, seniority FROM "
            + CommitteeTables.MEMBERS
            + "), e AS (SELECT * FROM m UNION ALL SELECT opportunity_id, won, tier, function, '"
            + Persona.VP_OR_ABOVE
            + "' FROM m WHERE seniority IN ('c_level', 'vp'))"
            + " SELECT tier, function, seniority,"
            + " count(DISTINCT opportunity_id) FILTER (WHERE won), count(DISTINCT opportunity_id)"
            + " FROM e GROUP BY GROUPING SETS ((tier, function, seniority), (tier, function),"
            + " (tier, seniority), (function, seniority), (function), (seniority))"
            + " HAVING coalesce(function, '') <> 'unknown' AND coalesce(seniority, '') <> 'unknown'"
            + " AND coalesce(tier, '') <> '-' ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3 NULLS FIRST",
        r ->
            new Counts(
                new Persona(
                    r.getString(2) == null ? Persona.ANY : r.getString(2),
                    r.getString(3) == null ? Persona.ANY : r.getString(3)),
                r.getString(1) == null ? PersonaLift.ALL_TIERS : r.getString(1),
                r.getLong(4),
                r.getLong(5)));
  }
}
