package org.icpengine.data.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.engine.Engine;

/**
 * Contact fit: how likely a contact like this is to sit on a winning committee at an account of
 * this tier, 0–100, additive. The points are the tier's base rate plus a function's and a
 * seniority's difference from it, all in percentage points:
 *
 * <pre>
 * contact_fit = clamp(100·base(tier) + 100·(rate(function, tier) − base) + 100·(rate(seniority, tier) − base), 0, 100)
 * </pre>
 *
 * where base is the share of the tier's contacts that sat on a won deal's committee and rate(x) the
 * same share among its contacts with x, shrunk toward base by {@value #PRIOR_CONTACTS} contacts at
 * the base rate. Contacts of unscored accounts get the figures over all tiers. The points are kept
 * in {@value #POINTS} ({@code tier, kind, key, points, reason}; kind {@code base}, {@code function}
 * or {@code seniority}).
 */
final class ContactFit {
  static final String POINTS = "pc_fit_points";
  static final int PRIOR_CONTACTS = 20;

  private ContactFit() {}

  /** Computes the points of every tier, function and seniority and stores them in the engine. */
  static List<PersonaReport.ContactPoints> compute(Engine engine) {
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE pc_on_won AS SELECT p.person, p.function, p.seniority,"
            + " coalesce(t.tier, '-') AS tier, p.person IN (SELECT person FROM "
            + CommitteeTables.MEMBERS
            + " WHERE won) AS on_won FROM "
            + CommitteeTables.PEOPLE
            + " p LEFT JOIN "
            + AccountTiers.TABLE
            + " t USING (account_key)");
    List<PersonaReport.ContactPoints> points = new ArrayList<>();
    engine.query(
        "SELECT coalesce(tier, 'all'), count(*) FILTER (WHERE on_won), count(*) FROM pc_on_won"
            + " WHERE tier <> '-' OR tier IS NULL GROUP BY GROUPING SETS ((tier), ()) ORDER BY 1",
        r -> {
          String tier = r.getString(1);
          double base = rate(r.getLong(2), r.getLong(3), 0, 0);
          points.add(
              new PersonaReport.ContactPoints(
                  tier,
                  "base",
                  "",
                  (int) Math.round(100 * base),
                  String.format(
                      Locale.ROOT,
                      "%d base: %d of %d contacts at %s sat on a won deal's committee",
                      Math.round(100 * base),
                      r.getLong(2),
                      r.getLong(3),
                      where(tier))));
          return null;
        });
    for (PersonaReport.ContactPoints base : List.copyOf(points)) {
      points.addAll(differences(engine, base, "function"));
      points.addAll(differences(engine, base, "seniority"));
    }
    store(engine, points);
    return points;
  }

  private static List<PersonaReport.ContactPoints> differences(
      Engine engine, PersonaReport.ContactPoints base, String kind) {
    double baseRate = base.points() / 100.0;
    String tierFilter =
        PersonaLift.ALL_TIERS.equals(base.tier())
            ? "tier <> '-'"
            : "tier = " + Engine.literal(base.tier());
    return engine.query(
        "SELECT "
            + kind
            + ", count(*) FILTER (WHERE on_won), count(*) FROM pc_on_won WHERE "
            + tierFilter
            + " AND "
            + kind
            + " <> 'unknown' GROUP BY 1 ORDER BY 1",
        r -> {
          long on = r.getLong(2);
          long all = r.getLong(3);
          int points = (int) Math.round(100 * (rate(on, all, PRIOR_CONTACTS, baseRate) - baseRate));
          String words = "function".equals(kind) ? r.getString(1) : r.getString(1) + " level";
          return new PersonaReport.ContactPoints(
              base.tier(),
              kind,
              r.getString(1),
              points,
              String.format(
                  Locale.ROOT, "%+d %s: %d of %d such contacts there did", points, words, on, all));
        });
  }

  private static double rate(long on, long all, double prior, double base) {
    double n = all + prior;
    return n == 0 ? 0 : (on + prior * base) / n;
  }

  private static String where(String tier) {
    return PersonaLift.ALL_TIERS.equals(tier) ? "scored accounts" : "tier-" + tier + " accounts";
  }

  private static void store(Engine engine, List<PersonaReport.ContactPoints> points) {
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + POINTS
            + " (tier VARCHAR, kind VARCHAR, key VARCHAR, points INTEGER, reason VARCHAR)");
    for (PersonaReport.ContactPoints p : points) {
      engine.execute(
          "INSERT INTO "
              + POINTS
              + " VALUES ("
              + String.join(
                  ", ",
                  Engine.literal(p.tier()),
                  Engine.literal(p.kind()),
                  Engine.literal(p.key()),
                  Integer.toString(p.points()),
                  Engine.literal(p.reason()))
              + ")");
    }
  }
}
