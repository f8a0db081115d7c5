package org.icpengine.data.assembly;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceRole;

/**
 * Survey answers rolled up per account. A question is every column of the survey without a role. A
 * single-choice question becomes one column under the question's name holding the account's
 * majority answer (ties: the answer first by name). A multi-choice question (some answer holds
 * {@code ;} or {@code |}) becomes one true/false column per option, {@code "<question>: <option>"},
 * true when any respondent of the account chose it (the {@value #MAX_OPTIONS} most frequent
 * options). Survey answers carry no date: every answer is used, whatever the as-of date.
 */
final class Survey {
  static final String RELATION = "asm_survey";
  static final int MAX_OPTIONS = 20;
  private static final String SOURCE = "survey";
  private static final String LONG = "asm_survey_answers";
  private static final String SEPARATORS = "'\\s*[;|]\\s*'";

  private static final java.util.regex.Pattern BOOKKEEPING =
      java.util.regex.Pattern.compile(
          "(?i)\\s*(response|respondent|submission|record)?[ _-]?id\\s*|\\s*(submitted|created|"
              + "completed|started|ended)[ _-]?(at|on|date|time)?\\s*|\\s*(date|time|timestamp)\\s*");

  private Survey() {}

  /**
   * The questions of a survey relation: its columns without a role, except the survey tool's own
   * bookkeeping (a response id, the time it was submitted), which no respondent answered.
   */
  static List<String> questions(Engine engine, LinkedTable survey) {
    Set<String> roles = new HashSet<>(Set.of(LinkedTable.ACCOUNT_KEY));
    for (SourceRole role : SourceRole.values()) {
      roles.add(role.canonicalName());
    }
    return AccountTable.orderedColumns(engine, survey.relation()).stream()
        .filter(c -> !roles.contains(c) && !BOOKKEEPING.matcher(c).matches())
        .toList();
  }

  static Part build(
      Engine engine, LinkedTable survey, List<String> questions, Collection<String> taken) {
    engine.execute(longSql(survey, questions));
    Selection selection = new Selection(SOURCE);
    List<String> notes = new ArrayList<>();
    for (String question : questions) {
      List<String> options = options(engine, question);
      String name = taken.contains(question) ? "survey " + question : question;
      if (options.isEmpty()) {
        selection.add(
            "max(answer) FILTER (WHERE top AND question = " + Engine.literal(question) + ")",
            name,
            "the majority answer of the account's respondents to '" + question + "'");
      } else {
        for (String option : options) {
          selection.add(
              "bool_or(list_contains(string_split_regex(answer, "
                  + SEPARATORS
                  + "), "
                  + Engine.literal(option)
                  + ")) FILTER (WHERE question = "
                  + Engine.literal(question)
                  + ")",
              name + ": " + option,
              "whether any respondent of the account chose '" + option + "' in '" + question + "'");
        }
      }
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + selection.sql()
            + " FROM (SELECT *, row_number() OVER (PARTITION BY account_key, question ORDER BY n"
            + " DESC, answer) = 1 AS top FROM (SELECT account_key, question, answer, count(*) AS n"
            + " FROM "
            + LONG
            + " GROUP BY ALL)) GROUP BY account_key");
    engine.execute("DROP TABLE " + LONG);
    notes.add("survey answers carry no date: every answer is used, whatever the as-of date");
    return new Part(RELATION, selection.columns(), Set.of(), notes);
  }

  private static String longSql(LinkedTable survey, List<String> questions) {
    List<String> parts = new ArrayList<>();
    for (String question : questions) {
      parts.add(
          "SELECT account_key, "
              + Engine.literal(question)
              + " AS question, trim(CAST("
              + Engine.quote(question)
              + " AS VARCHAR)) AS answer FROM "
              + survey.relation()
              + " WHERE account_key IS NOT NULL");
    }
    return "CREATE OR REPLACE TABLE "
        + LONG
        + " AS SELECT * FROM ("
        + String.join(" UNION ALL ", parts)
        + ") WHERE answer IS NOT NULL AND answer <> ''";
  }

  /** Returns a multi-choice question's most frequent options; empty for a single-choice one. */
  private static List<String> options(Engine engine, String question) {
    return engine.query(
        "SELECT option FROM (SELECT unnest(string_split_regex(answer, "
            + SEPARATORS
            + ")) AS option FROM "
            + LONG
            + " WHERE question = "
            + Engine.literal(question)
            + " AND EXISTS (SELECT 1 FROM "
            + LONG
            + " WHERE question = "
            + Engine.literal(question)
            + " AND regexp_matches(answer, '[;|]'))) WHERE option <> ''"
            + " GROUP BY option ORDER BY count(*) DESC, option LIMIT "
            + MAX_OPTIONS,
        r -> r.getString(1));
  }
}
