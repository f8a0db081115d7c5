package org.icpengine.data.enrichment;

import static org.icpengine.data.engine.Engine.quote;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.EnrichmentSettings.Precedence;

/**
 * Merges one matched enrichment file into the account table in the engine: one row per account (the
 * linked row with the most values, the first in the file on ties), each attribute coalesced with
 * the CRM's column of the same name (ignoring case) in the stated precedence, or added as a new
 * column; values the CRM has and the file contradicts are counted, never silently replaced.
 */
final class EnrichmentMerge {
  private static final String LINKS = "icp_enrich_links";
  private static final String ROWS = "icp_enrich_rows";
  private static final String PICK = "icp_enrich_pick";
  private static final String MERGED = "icp_enrich_merged";

  /** Accounts that received a value from any enrichment file. */
  static final String ENRICHED = "icp_enriched_accounts";

  private final Engine engine;
  private final String relation;

  EnrichmentMerge(Engine engine, String relation) {
    this.engine = engine;
    this.relation = relation;
  }

  /** Merges a matched file into the relation and reports what it did. */
  SourceEnrichment merge(SourceMatch match, AccountParties accounts) {
    EnrichmentInput input = match.input();
    Precedence precedence = input.entry().enrichment().orElseThrow().precedence();
    appendLinks(match, accounts);
    List<String> attributes =
        input.attributes().stream().filter(a -> !a.equalsIgnoreCase("account_key")).toList();
    pick(input.table(), attributes);
    long duplicates =
        engine.queryOne(
            "SELECT count(*) FROM (SELECT account_key FROM "
                + LINKS
                + " GROUP BY 1 HAVING count(*) > 1)",
            r -> r.getLong(1));
    Map<String, String> existing = columns();
    List<AttributeCoverage> coverage = new ArrayList<>();
    List<String> applied = new ArrayList<>();
    List<String> replace = new ArrayList<>();
    List<String> added = new ArrayList<>();
    long total = engine.count(relation);
    for (int k = 0; k < attributes.size(); k++) {
      String e = "p." + quote("e" + k);
      String target = target(existing, attributes.get(k));
      if (target == null) {
        applied.add(e + " IS NOT NULL");
        added.add(e + " AS " + quote(attributes.get(k)));
        coverage.add(stats(attributes.get(k), true, e + " IS NOT NULL", "false", total));
        continue;
      }
      String t = "t." + quote(target);
      String typed = "TRY_CAST(" + e + " AS " + existing.get(target) + ")";
      String fromFile =
          precedence == Precedence.CRM
              ? t + " IS NULL AND " + typed + " IS NOT NULL"
              : typed + " IS NOT NULL";
      String conflict =
          t
              + " IS NOT NULL AND "
              + e
              + " IS NOT NULL AND lower(trim("
              + t
              + "::VARCHAR)) <> lower("
              + e
              + ")";
      applied.add(fromFile);
      replace.add(
          (precedence == Precedence.CRM
                  ? "coalesce(" + t + ", " + typed + ")"
                  : "coalesce(" + typed + ", " + t + ")")
              + " AS "
              + quote(target));
      coverage.add(stats(target, false, fromFile, conflict, total));
    }
    long enriched = write(applied, replace, added);
    return new SourceEnrichment(
        input.entry().name(),
        input.entry().file(),
        input.parties().size(),
        match.bands(),
        match.accepted(),
        match.rejected(),
        match.pending().size(),
        match.linked(),
        duplicates,
        enriched,
        precedence,
        coverage,
        input.notes());
  }

  private static String target(Map<String, String> existing, String attribute) {
    for (String column : existing.keySet()) {
      if (column.equalsIgnoreCase(attribute)) {
        return column;
      }
    }
    return null;
  }

  private void appendLinks(SourceMatch match, AccountParties accounts) {
    engine.execute("CREATE OR REPLACE TABLE " + LINKS + " (row BIGINT, account_key VARCHAR)");
    try (DuckDBAppender appender =
        engine
            .connection()
            .unwrap(DuckDBConnection.class)
            .createAppender(DuckDBConnection.DEFAULT_SCHEMA, LINKS)) {
      int[] linked = match.accounts();
      for (int row = 0; row < linked.length; row++) {
        if (linked[row] >= 0) {
          appender.beginRow();
          appender.append((long) row);
          appender.append(accounts.keys().get(linked[row]));
          appender.endRow();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the enrichment links to the engine", e);
    }
  }

  private void pick(String table, List<String> attributes) {
    List<String> values = new ArrayList<>();
    List<String> filled = new ArrayList<>();
    for (int k = 0; k < attributes.size(); k++) {
      values.add("icp_blank(" + quote(attributes.get(k)) + ") AS " + quote("e" + k));
      filled.add("(" + quote("e" + k) + " IS NOT NULL)::INT");
    }
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + ROWS
            + " AS SELECT row_number() OVER (ORDER BY rowid) - 1 AS icp_i, "
            + String.join(", ", values)
            + " FROM "
            + table);
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + PICK
            + " AS SELECT * EXCLUDE (icp_i, icp_n, icp_rank) FROM (SELECT *, row_number() OVER"
            + " (PARTITION BY account_key ORDER BY icp_n DESC, icp_i) AS icp_rank FROM (SELECT"
            + " l.account_key, r.*, "
            + String.join(" + ", filled)
            + " AS icp_n FROM "
            + LINKS
            + " l JOIN "
            + ROWS
            + " r ON r.icp_i = l.row)) WHERE icp_rank = 1");
  }

  private Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    engine.query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = "
            + Engine.literal(relation)
            + " ORDER BY ordinal_position",
        r -> columns.put(r.getString(1), r.getString(2)));
    columns.remove("account_key");
    return columns;
  }

  private AttributeCoverage stats(
      String column, boolean added, String fromFile, String conflict, long total) {
    return engine.queryOne(
        "SELECT count(*) FILTER (WHERE "
            + fromFile
            + "), count(*) FILTER (WHERE "
            + conflict
            + ") FROM "
            + relation
            + " t LEFT JOIN "
            + PICK
            + " p USING (account_key)",
        r -> new AttributeCoverage(column, added, r.getLong(1), r.getLong(2), total));
  }

  private long write(List<String> applied, List<String> replace, List<String> added) {
    String from = relation + " t LEFT JOIN " + PICK + " p USING (account_key)";
    engine.execute(
        "CREATE TEMP TABLE IF NOT EXISTS " + ENRICHED + " (account_key VARCHAR PRIMARY KEY)");
    String any = applied.isEmpty() ? "false" : String.join(" OR ", applied);
    engine.execute(
        "INSERT OR IGNORE INTO " + ENRICHED + " SELECT account_key FROM " + from + " WHERE " + any);
    long enriched =
        engine.queryOne("SELECT count(*) FROM " + from + " WHERE " + any, r -> r.getLong(1));
    String select =
        "t.*"
            + (replace.isEmpty() ? "" : " REPLACE (" + String.join(", ", replace) + ")")
            + (added.isEmpty() ? "" : ", " + String.join(", ", added));
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + MERGED
            + " AS SELECT "
            + select
            + " FROM "
            + from
            + " ORDER BY account_key");
    engine.execute("DROP TABLE " + relation);
    engine.execute("ALTER TABLE " + MERGED + " RENAME TO " + relation);
    for (String table : List.of(LINKS, ROWS, PICK)) {
      engine.execute("DROP TABLE IF EXISTS " + table);
    }
    return enriched;
  }
}
