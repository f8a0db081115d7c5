package org.icpengine.data.personas;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.engine.Engine;

/**
 * The buying-committee gaps of tier A and B accounts: a persona found to lift the win rate (over
 * all tiers or in the tier), on at least {@link CommitteeGap#MIN_SHARE} of the tier's won deals (of
 * at least {@link PersonaLifts#MIN_DEALS}), of which the account has no contact yet. Personas are
 * functions (any level) and VP or C-level (any function). The engine table {@value #TABLE} holds
 * each account's gaps in words ({@code account_key}, {@code gaps}).
 */
final class CommitteeGaps {
  static final String TABLE = "pc_gaps";
  private static final Set<String> TIERS = Set.of("A", "B");

  private CommitteeGaps() {}

  static List<CommitteeGap> compute(Engine engine, List<PersonaLift> lifts) {
    Set<Persona> foundOverall =
        lifts.stream()
            .filter(l -> PersonaLift.ALL_TIERS.equals(l.tier()) && l.found())
            .map(PersonaLift::persona)
            .collect(Collectors.toSet());
    List<PersonaLift> wanted = new ArrayList<>();
    for (PersonaLift lift : lifts) {
      if (TIERS.contains(lift.tier())
          && gapKind(lift.persona())
          && (lift.found() || foundOverall.contains(lift.persona()))
          && lift.won() >= PersonaLifts.MIN_DEALS
          && lift.shareOfWon() >= CommitteeGap.MIN_SHARE) {
        wanted.add(lift);
      }
    }
    requirements(engine, wanted);
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE pc_lacking AS SELECT a.account_key, r.ord, r.text FROM "
            + AccountTiers.TABLE
            + " a JOIN pc_requirements r ON r.tier = a.tier WHERE NOT EXISTS (SELECT 1 FROM "
            + CommitteeTables.PEOPLE
            + " p WHERE p.account_key = a.account_key AND (r.function = 'any' OR p.function ="
            + " r.function) AND (r.seniorities IS NULL OR list_contains(r.seniorities,"
            + " p.seniority)))");
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + TABLE
            + " AS SELECT account_key, string_agg(text, '; ' ORDER BY ord) AS gaps"
            + " FROM pc_lacking GROUP BY 1");
    List<CommitteeGap> gaps = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      PersonaLift lift = wanted.get(i);
      long lacking =
          engine.queryOne("SELECT count(*) FROM pc_lacking WHERE ord = " + i, r -> r.getLong(1));
      long inTier =
          engine.queryOne(
              "SELECT count(*) FROM "
                  + AccountTiers.TABLE
                  + " WHERE tier = "
                  + Engine.literal(lift.tier()),
              r -> r.getLong(1));
      gaps.add(
          new CommitteeGap(
              lift.tier(), lift.persona(), lift.shareOfWon(), lift.won(), lacking, inTier));
    }
    return gaps;
  }

  private static boolean gapKind(Persona persona) {
    return persona.specificity() == 1
        && (Persona.ANY.equals(persona.seniority())
            || Persona.VP_OR_ABOVE.equals(persona.seniority()));
  }

  private static void requirements(Engine engine, List<PersonaLift> wanted) {
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE pc_requirements (ord INTEGER, tier VARCHAR, function"
            + " VARCHAR, seniorities VARCHAR[], text VARCHAR)");
    for (int i = 0; i < wanted.size(); i++) {
      PersonaLift lift = wanted.get(i);
      List<String> levels = lift.persona().seniorities();
      String seniorities =
          levels.isEmpty()
              ? "NULL"
              : levels.stream().map(Engine::literal).collect(Collectors.joining(", ", "[", "]"));
      CommitteeGap gap = new CommitteeGap(lift.tier(), lift.persona(), lift.shareOfWon(), 0, 0, 0);
      engine.execute(
          "INSERT INTO pc_requirements VALUES ("
              + i
              + ", "
              + Engine.literal(lift.tier())
              + ", "
              + Engine.literal(lift.persona().function())
              + ", "
              + seniorities
              + ", "
              + Engine.literal(gap.text())
              + ")");
    }
  }
}
