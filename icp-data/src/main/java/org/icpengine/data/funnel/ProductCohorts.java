package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.data.assembly.AssembledAccounts;
import org.icpengine.data.assembly.ComputedColumn;
import org.icpengine.data.engine.Engine;

/**
 * The product view: for each tier, its customers' revenue and NRR ({@link TierOutcomes}) beside
 * what they come for — the survey answers the account table rolled up ({@code data.assembly}: a
 * single-choice question's majority answer, a multi-choice question's options as {@code "question:
 * option"} flags) and the fit score's reasons on their won deals. Each answer's share is over the
 * tier's customers who answered the question; the {@value #LISTED} largest shares of each kind (job
 * to be done, pain, context, trait) are kept per tier.
 */
final class ProductCohorts {
  /** The most answers listed per tier and kind. */
  static final int LISTED = 5;

  private static final String LONG = "fnl_product_answers";
  private static final java.util.regex.Pattern PAIN =
      java.util.regex.Pattern.compile(
          "(?i)(pain|problem|challenge|frustrat|struggl|difficult|obstacle|blocker|issue|worr)");

  private ProductCohorts() {}

  /** Returns one cohort per tier with customers, in tier order. */
  static List<ProductCohort> compute(
      Engine engine, AssembledAccounts accounts, Map<String, TierOutcome> outcomes) {
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + LONG
            + " AS "
            + String.join(" UNION ALL ", parts(engine, accounts)));
    Map<String, List<CohortAnswer>> answers = new HashMap<>();
    engine.query(
        "WITH a AS (SELECT tier, question, count(DISTINCT account_key) AS asked FROM "
            + LONG
            + " GROUP BY ALL), c AS (SELECT tier, kind, question, answer, count(DISTINCT"
            + " account_key) FILTER (WHERE chosen) AS k FROM "
            + LONG
            + " WHERE answer IS NOT NULL GROUP BY ALL), aa AS (SELECT question, count(DISTINCT"
            + " account_key) AS asked FROM "
            + LONG
            + " GROUP BY ALL), ca AS (SELECT question, answer, count(DISTINCT account_key)"
            + " FILTER (WHERE chosen) AS k FROM "
            + LONG
            + " WHERE answer IS NOT NULL GROUP BY ALL) SELECT c.tier, c.kind, c.question,"
            + " c.answer, c.k, a.asked, ca.k / aa.asked FROM c JOIN a USING (tier, question)"
            + " JOIN ca USING (question, answer) JOIN aa USING (question) WHERE c.k > 0 QUALIFY"
            + " row_number() OVER (PARTITION BY c.tier, c.kind ORDER BY c.k / a.asked DESC,"
            + " c.k DESC, c.question, c.answer) <= "
            + LISTED
            + " ORDER BY c.tier, list_position(['job_to_be_done', 'pain', 'context', 'trait'],"
            + " c.kind), c.k / a.asked DESC, c.k DESC, c.question, c.answer",
        r ->
            answers
                .computeIfAbsent(r.getString(1), t -> new ArrayList<>())
                .add(
                    new CohortAnswer(
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        r.getLong(6),
                        Rates.proportion(r.getLong(5), r.getLong(6)),
                        r.getDouble(7))));
    engine.execute("DROP TABLE IF EXISTS " + LONG);
    List<ProductCohort> cohorts = new ArrayList<>();
    outcomes.forEach(
        (tier, outcome) ->
            cohorts.add(new ProductCohort(outcome, answers.getOrDefault(tier, List.of()))));
    return cohorts;
  }

  /** The long table's parts: one per survey column, and the won deals' reasons. */
  private static List<String> parts(Engine engine, AssembledAccounts accounts) {
    Map<String, String> types = new HashMap<>();
    engine.query(
        "SELECT column_name, column_type FROM (DESCRIBE " + accounts.relation() + ")",
        r -> types.put(r.getString(1), r.getString(2)));
    String customers =
        "(SELECT DISTINCT tier, account_key FROM "
            + GroupFigures.TABLE
            + " WHERE outcome = 'won' AND tier IN ('A', 'B', 'C', 'D')) w JOIN "
            + accounts.relation()
            + " a USING (account_key)";
    List<String> parts = new ArrayList<>();
    for (ComputedColumn column : accounts.computed()) {
      if (!column.sources().equals(List.of("survey")) || !types.containsKey(column.name())) {
        continue;
      }
      String kind = kind(accounts, column.name());
      String name = quote(column.name());
      if (types.get(column.name()).equals("BOOLEAN")) {
        int colon = column.name().indexOf(": ");
        String question = colon < 0 ? column.name() : column.name().substring(0, colon);
        String option = colon < 0 ? "yes" : column.name().substring(colon + 2);
        parts.add(part(kind, literal(question), literal(option), "a." + name, customers, name));
      } else {
        String answer = "nullif(trim(CAST(a." + name + " AS VARCHAR)), '')";
        parts.add(part(kind, literal(column.name()), answer, "true", customers, name));
      }
    }
    parts.add(
        "SELECT tier, account_key, 'trait' AS kind, 'fit score' AS question, nullif(regexp_replace("
            + "trim(fragment), '^[+−-]?[0-9]+(\\.[0-9]+)?\\s+', ''), '') AS answer, true AS"
            + " chosen FROM (SELECT tier, account_key, unnest(string_split(reasons, ';')) AS"
            + " fragment FROM "
            + GroupFigures.TABLE
            + " WHERE outcome = 'won' AND tier IN ('A', 'B', 'C', 'D')) WHERE NOT"
            + " starts_with(trim(fragment), 'base ')");
    return parts;
  }

  private static String part(
      String kind, String question, String answer, String chosen, String from, String column) {
    return "SELECT tier, account_key, "
        + literal(kind)
        + " AS kind, "
        + question
        + " AS question, "
        + answer
        + " AS answer, "
        + chosen
        + " AS chosen FROM "
        + from
        + " WHERE a."
        + column
        + " IS NOT NULL";
  }

  /** A job to be done (as the assembly's meanings say), a pain by its words, else context. */
  private static String kind(AssembledAccounts accounts, String column) {
    if (job(accounts, column)) {
      return "job_to_be_done";
    }
    return PAIN.matcher(column).find() ? "pain" : "context";
  }

  private static boolean job(AssembledAccounts accounts, String column) {
    return accounts
        .mapping()
        .forColumn(column)
        .flatMap(c -> c.category())
        .map(c -> c == AttributeCategory.JOB_TO_BE_DONE)
        .orElse(false);
  }
}
