package org.icpengine.data.personas;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;

/**
 * The evidence of persona cards: the roles a persona's people held on won deals, the survey answers
 * its respondents chose (people and respondents matched by e-mail), the channels and campaigns of
 * its touches, how often one of them was the account's first touched contact.
 */
final class PersonaCards {
  /** Survey columns with more distinct answers than this are free text, not questions. */
  static final int MAX_ANSWERS = 30;

  private static final int TOP = 3;
  private static final String TOUCHES = "pc_touches";
  private static final String SURVEY = "pc_survey";

  private final Engine engine;
  private final boolean touches;
  private final List<String> questions;

  private PersonaCards(Engine engine, boolean touches, List<String> questions) {
    this.engine = engine;
    this.touches = touches;
    this.questions = questions;
  }

  /** Prepares the touches and survey answers of the people, matched by e-mail. */
  static PersonaCards prepare(Engine engine, LinkedSources linked) {
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE pc_emails AS SELECT lower(trim(email)) AS em,"
            + " any_value(person) AS person, any_value(function) AS pc_function,"
            + " any_value(seniority) AS pc_seniority FROM "
            + CommitteeTables.PEOPLE
            + " WHERE email IS NOT NULL GROUP BY 1");
    Optional<LinkedTable> touches =
        linked
            .table(SourceKind.TOUCHES)
            .filter(t -> t.has(SourceRole.EMAIL) && t.has(SourceRole.CHANNEL));
    touches.ifPresent(
        t ->
            engine.execute(
                "CREATE OR REPLACE TEMP TABLE "
                    + TOUCHES
                    + " AS SELECT e.person, e.pc_function, e.pc_seniority, t.account_key,"
                    + " nullif(trim(t.channel), '') AS channel, "
                    + (t.has(SourceRole.CAMPAIGN) ? "nullif(trim(t.campaign), '')" : "NULL")
                    + " AS campaign, "
                    + (t.has(SourceRole.DATE) ? "t.date" : "NULL::DATE")
                    + " AS date FROM "
                    + t.relation()
                    + " t JOIN pc_emails e ON lower(trim(t.email)) = e.em"));
    Optional<LinkedTable> survey =
        linked.table(SourceKind.SURVEY).filter(s -> s.has(SourceRole.EMAIL));
    List<String> questions = survey.map(s -> questions(engine, s)).orElse(List.of());
    survey.ifPresent(
        s ->
            engine.execute(
                "CREATE OR REPLACE TEMP TABLE "
                    + SURVEY
                    + " AS SELECT s.*, e.pc_function, e.pc_seniority FROM "
                    + s.relation()
                    + " s JOIN pc_emails e ON lower(trim(s.email)) = e.em"));
    return new PersonaCards(engine, touches.isPresent(), questions);
  }

  private static List<String> questions(Engine engine, LinkedTable survey) {
    Set<String> roles = new HashSet<>(Set.of(LinkedTable.ACCOUNT_KEY));
    for (SourceRole role : SourceRole.values()) {
      roles.add(role.canonicalName());
    }
    List<String> columns =
        engine.query(
            "SELECT column_name FROM information_schema.columns WHERE table_name = "
                + Engine.literal(survey.relation())
                + " AND data_type = 'VARCHAR' ORDER BY ordinal_position",
            r -> r.getString(1));
    return columns.stream()
        .filter(c -> !roles.contains(c))
        .filter(
            c -> {
              long distinct =
                  engine.queryOne(
                      "SELECT count(DISTINCT "
                          + quote(c)
                          + ") FROM (SELECT unnest(string_split_regex("
                          + quote(c)
                          + ", '\\s*[;|]\\s*')) AS "
                          + quote(c)
                          + " FROM "
                          + survey.relation()
                          + ")",
                      r -> r.getLong(1));
              return distinct >= 2 && distinct <= MAX_ANSWERS;
            })
        .collect(Collectors.toList());
  }

  /** Writes the card of a persona with its lift over all tiers. */
  PersonaCard card(PersonaLift lift) {
    Persona persona = lift.persona();
    long contacts =
        engine.queryOne(
            "SELECT count(*) FROM "
                + CommitteeTables.PEOPLE
                + " WHERE "
                + condition(persona, "function", "seniority"),
            r -> r.getLong(1));
    List<PersonaCard.Share> roles =
        shares(
            CommitteeTables.MEMBERS + " WHERE won",
            "contact_role",
            condition(persona, "function", "seniority"));
    List<PersonaCard.Answer> answers = new ArrayList<>();
    for (String question : questions) {
      List<PersonaCard.Share> top =
          shares(
              "(SELECT unnest(string_split_regex("
                  + quote(question)
                  + ", '\\s*[;|]\\s*')) AS answer, pc_function, pc_seniority FROM "
                  + SURVEY
                  + ")",
              "answer",
              condition(persona, "pc_function", "pc_seniority"));
      if (!top.isEmpty()) {
        answers.add(new PersonaCard.Answer(question, top.get(0)));
      }
    }
    String inTouches = condition(persona, "pc_function", "pc_seniority");
    List<PersonaCard.Share> channels = touches ? shares(TOUCHES, "channel", inTouches) : List.of();
    List<PersonaCard.Share> campaigns =
        touches ? shares(TOUCHES, "campaign", inTouches) : List.of();
    PersonaCard.Share first = touches ? firstContact(inTouches) : null;
    return new PersonaCard(persona, lift, contacts, roles, answers, channels, campaigns, first);
  }

  private PersonaCard.Share firstContact(String inTouches) {
    return engine.queryOne(
        "WITH f AS (SELECT account_key, arg_min(pc_function, date) AS pc_function,"
            + " arg_min(pc_seniority, date) AS pc_seniority FROM "
            + TOUCHES
            + " WHERE date IS NOT NULL AND account_key IS NOT NULL GROUP BY 1),"
            + " a AS (SELECT DISTINCT account_key FROM "
            + TOUCHES
            + " WHERE "
            + inTouches
            + ") SELECT count(*) FILTER (WHERE "
            + inTouches
            + "), count(*) FROM a JOIN f USING (account_key)",
        r -> new PersonaCard.Share("first contact", r.getLong(1), r.getLong(2), Double.NaN));
  }

  /**
   * The most frequent values of {@code column} among the persona's rows of {@code from}, with their
   * share among the persona's rows with a value and among everyone's.
   */
  private List<PersonaCard.Share> shares(String from, String column, String condition) {
    return engine.query(
        "SELECT v, n, sum(n) OVER (), overall FROM (SELECT "
            + quote(column)
            + " AS v, count(*) FILTER (WHERE "
            + condition
            + ") AS n, count(*) / sum(count(*)) OVER () AS overall FROM "
            + from
            + (from.contains(" WHERE ") ? " AND " : " WHERE ")
            + quote(column)
            + " IS NOT NULL AND trim("
            + quote(column)
            + ") <> '' GROUP BY 1) QUALIFY n > 0 ORDER BY n DESC, v LIMIT "
            + TOP,
        r -> new PersonaCard.Share(r.getString(1), r.getLong(2), r.getLong(3), r.getDouble(4)));
  }

  /** The SQL condition that a row's function and seniority columns are the persona's. */
  static String condition(Persona persona, String function, String seniority) {
    List<String> parts = new ArrayList<>();
    if (!Persona.ANY.equals(persona.function())) {
      parts.add(function + " = " + Engine.literal(persona.function()));
    }
    List<String> levels = persona.seniorities();
    if (!levels.isEmpty()) {
      parts.add(
          seniority
              + " IN ("
              + levels.stream().map(Engine::literal).collect(Collectors.joining(", "))
              + ")");
    }
    return "(" + String.join(" AND ", parts) + ")";
  }
}
