package org.icpengine.data.funnel;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.fit.ModelRows;
import org.icpengine.data.sources.LinkedSources;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.model.scoring.ScoreModel;

/**
 * Every linked opportunity scored with the ICP, as the engine table {@link #TABLE}: one row per
 * opportunity linked to an account, with {@code orow} (its number), {@code account_key}, {@code
 * opportunity_id}, {@code stage}, {@code outcome} (won, lost, open), {@code created_date}, {@code
 * close_date}, {@code amount}, {@code channel} (spellings folded), and the score's {@code tier}
 * (A–D, {@code unscored}), {@code grade}, {@code priority} and {@code priority_reasons} (when the
 * model has a priority), {@code score} and {@code reasons}.
 *
 * <p>The fit attributes are the account's, as the accounts source has them. When the model has an
 * engagement score and the sources have dated touches, the engagement features are computed per
 * opportunity from the touches dated before its creation ({@link OpportunityEngagement}) and each
 * opportunity is scored on its own; otherwise each account is scored once and its opportunities
 * take its score.
 *
 * @param table the scored opportunities' table
 * @param grades whether the rows carry a grade
 * @param notes what scoring wants the reader to know
 */
record OpportunityScores(String table, boolean grades, List<String> notes) {
  static final String TABLE = "fnl_scored";
  static final String OPPORTUNITIES = "fnl_opps";
  private static final String INPUT = "fnl_input";
  private static final String SCORES = "fnl_scores";

  OpportunityScores {
    notes = List.copyOf(notes);
  }

  /** Returns the same scores with a note added (first after scoring's own). */
  OpportunityScores withNote(String note) {
    List<String> all = new ArrayList<>(notes);
    all.add(note);
    return new OpportunityScores(table, grades, all);
  }

  static OpportunityScores build(LinkedSources linked, ScoreModel model) {
    return build(
        linked,
        model,
        linked.table(SourceKind.ACCOUNTS).orElseThrow().relation(),
        linked.attributes());
  }

  /**
   * Scores the opportunities over the attributes of {@code accountsRelation} (an {@code
   * account_key} and text columns {@code attributes}): the enriched account table when the sources
   * have enrichment files.
   */
  static OpportunityScores build(
      LinkedSources linked, ScoreModel model, String accountsRelation, List<String> attributes) {
    Engine engine = linked.engine();
    LinkedTable opportunities = linked.table(SourceKind.OPPORTUNITIES).orElseThrow();
    engine.execute(opportunitiesSql(opportunities));
    List<String> notes = new ArrayList<>();
    if (!opportunities.has(SourceRole.CHANNEL)) {
      notes.add("channel: the opportunities have no channel column, so every channel is unknown");
    }
    notes.add(
        "the accounts' attributes have no history: each opportunity is scored with its account's"
            + " attributes as exported, which may postdate its creation");
    boolean perOpportunity =
        model.engagement().isPresent()
            && linked.table(SourceKind.TOUCHES).map(t -> t.has(SourceRole.DATE)).orElse(false);
    List<String> columns = new ArrayList<>(attributes);
    String scoredKey;
    if (perOpportunity) {
      List<String> engagement =
          OpportunityEngagement.build(engine, linked.table(SourceKind.TOUCHES).orElseThrow());
      columns.addAll(engagement);
      engine.execute(inputSql(accountsRelation, attributes, engagement));
      notes.add(
          "engagement: from the touches dated before each opportunity's creation (none for"
              + " opportunities without a created date)");
      ModelRows.scoreInto(engine, INPUT, columns, model, "the opportunities", SCORES);
      scoredKey = "orow";
    } else {
      engine.execute(
          "CREATE OR REPLACE TABLE "
              + INPUT
              + " AS SELECT * FROM "
              + accountsRelation
              + " ORDER BY account_key");
      if (model.engagement().isPresent()) {
        notes.add(
            "engagement: the sources have no dated touches, so every grade's level is unknown");
      }
      ModelRows.scoreInto(engine, INPUT, columns, model, "the accounts", SCORES);
      scoredKey = "account_key";
    }
    boolean grades = model.priority().isPresent();
    engine.execute(scoredSql(scoredKey, grades));
    engine.execute("DROP TABLE IF EXISTS " + SCORES);
    engine.execute("DROP TABLE IF EXISTS " + INPUT);
    engine.execute("DROP TABLE IF EXISTS " + OpportunityEngagement.TABLE);
    return new OpportunityScores(TABLE, grades, notes);
  }

  private static String opportunitiesSql(LinkedTable table) {
    return "CREATE OR REPLACE TABLE "
        + OPPORTUNITIES
        + " AS SELECT row_number() OVER () AS orow, account_key, "
        + role(table, SourceRole.OPPORTUNITY_ID, "VARCHAR")
        + " AS opportunity_id, stage, "
        + LinkedTable.STAGE_OUTCOME
        + " AS outcome, "
        + role(table, SourceRole.CREATED_DATE, "DATE")
        + " AS created_date, "
        + role(table, SourceRole.CLOSE_DATE, "DATE")
        + " AS close_date, "
        + role(table, SourceRole.AMOUNT, "DOUBLE")
        + " AS amount, "
        + channel(table)
        + " AS channel FROM "
        + table.relation()
        + " WHERE account_key IS NOT NULL";
  }

  /**
   * The channel, its spellings folded as CAC matches channels (ignoring case and surrounding
   * spaces), shown as its most frequent spelling; {@code unknown} when empty.
   */
  private static String channel(LinkedTable table) {
    if (!table.has(SourceRole.CHANNEL)) {
      return "'unknown'";
    }
    return "coalesce((SELECT s.spelling FROM (SELECT lower(trim(channel)) AS k, mode(trim(channel))"
        + " AS spelling FROM "
        + table.relation()
        + " WHERE nullif(trim(channel), '') IS NOT NULL GROUP BY k) s WHERE s.k ="
        + " lower(trim(channel))), 'unknown')";
  }

  private static String role(LinkedTable table, SourceRole role, String type) {
    return table.has(role) ? quote(role.canonicalName()) : "NULL::" + type;
  }

  private static String inputSql(
      String accounts, List<String> attributes, List<String> engagement) {
    StringBuilder select = new StringBuilder("o.orow");
    for (String attribute : attributes) {
      select.append(", a.").append(quote(attribute));
    }
    for (String column : engagement) {
      select
          .append(", CAST(e.")
          .append(quote(column))
          .append(" AS VARCHAR) AS ")
          .append(quote(column));
    }
    return "CREATE OR REPLACE TABLE "
        + INPUT
        + " AS SELECT "
        + select
        + " FROM "
        + OPPORTUNITIES
        + " o JOIN "
        + accounts
        + " a USING (account_key) LEFT JOIN "
        + OpportunityEngagement.TABLE
        + " e USING (orow) ORDER BY o.orow";
  }

  private static String scoredSql(String key, boolean grades) {
    String scores =
        "SELECT i."
            + key
            + ", s.icp_tier, s.icp_score, s.icp_reasons"
            + (grades ? ", s.icp_grade, s.icp_priority, s.icp_priority_reasons" : "")
            + " FROM "
            + INPUT
            + " i JOIN "
            + SCORES
            + " s ON i.rowid = s."
            + quote("icp#row");
    return "CREATE OR REPLACE TABLE "
        + TABLE
        + " AS SELECT o.*, coalesce(s.icp_tier, 'unscored') AS tier, "
        + (grades ? "s.icp_grade" : "NULL::VARCHAR")
        + " AS grade, "
        + (grades
            ? "s.icp_priority AS priority, s.icp_priority_reasons AS priority_reasons"
            : "NULL::INTEGER AS priority, NULL::VARCHAR AS priority_reasons")
        + ", s.icp_score AS score, coalesce(s.icp_reasons, '') AS reasons FROM "
        + OPPORTUNITIES
        + " o LEFT JOIN ("
        + scores
        + ") s USING ("
        + key
        + ")";
  }
}
