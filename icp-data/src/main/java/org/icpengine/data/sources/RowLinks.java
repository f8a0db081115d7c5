package org.icpengine.data.sources;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;

/**
 * Links one non-account file's rows to the accounts: stages its role columns ({@link SourceStage}),
 * joins them to the accounts by key, domain and folded name, keeps the first that matches, and
 * counts how each row linked. Opportunities get {@code stage_outcome}.
 */
final class RowLinks {
  /** How a row linked: 1 key, 2 domain, 3 name, 0 not at all. */
  static final String LINK = "icp#link";

  /** The value a row tried to link by, for the unmatched examples. */
  static final String VALUE = "icp#value";

  private final Engine engine;
  private final double minMatch;

  RowLinks(Engine engine, double minMatch) {
    this.engine = engine;
    this.minMatch = minMatch;
  }

  /**
   * Links the loaded file into {@code table}, in one statement over the file as read and its
   * cleaned typed columns, and returns how its rows linked. The table keeps {@link #LINK}, {@link
   * #VALUE} and the row number for the report; {@link #finish} drops them.
   */
  SourceLink link(SourceEntry entry, LoadedSource loaded, String table) {
    SourceStage.Staged staged = new SourceStage(engine).stage(entry, loaded);
    List<String> problems = new ArrayList<>(staged.problems());
    SourceKind kind = entry.kind().orElseThrow();
    Map<SourceRole, String> roles = SourceStage.roleColumns(entry);
    String extra = kind == SourceKind.OPPORTUNITIES ? ", " + stageOutcome(roles) : "";
    String drop =
        " EXCLUDE ("
            + quote(SourceStage.ID)
            + ", "
            + quote(SourceStage.DOMAIN)
            + ", "
            + quote(SourceStage.NAME)
            + ")";
    // the staged rows are written once: as a subquery of the joins, the engine computes the link
    // keys' macros more than once per row and cannot split the positional join across threads
    String stagedTable = table + "_staged";
    engine.execute("CREATE OR REPLACE TABLE " + stagedTable + " AS " + staged.select());
    staged.tables().forEach(t -> engine.execute("DROP TABLE IF EXISTS " + t));
    String source = stagedTable + " s";
    if (kind == SourceKind.SPEND) {
      engine.execute(
          "CREATE OR REPLACE TABLE "
              + table
              + " AS SELECT s.*"
              + drop
              + ", NULL::VARCHAR AS account_key, 0 AS "
              + quote(LINK)
              + ", NULL::VARCHAR AS "
              + quote(VALUE)
              + " FROM "
              + source);
    } else {
      engine.execute(
          "CREATE OR REPLACE TABLE "
              + table
              + " AS SELECT s.*"
              + drop
              + ", coalesce(k.account_key, d.account_key, n.account_key) AS account_key,"
              + " CASE WHEN k.account_key IS NOT NULL THEN 1 WHEN d.account_key IS NOT NULL THEN 2"
              + " WHEN n.account_key IS NOT NULL THEN 3 ELSE 0 END AS "
              + quote(LINK)
              + ", "
              + value(roles)
              + " AS "
              + quote(VALUE)
              + extra
              + " FROM "
              + source
              + " LEFT JOIN "
              + AccountsTable.RELATION
              + " k ON s."
              + quote(SourceStage.ID)
              + " = k.account_key LEFT JOIN "
              + AccountsTable.DOMAINS
              + " d ON s."
              + quote(SourceStage.DOMAIN)
              + " = d.link LEFT JOIN "
              + AccountsTable.NAMES
              + " n ON s."
              + quote(SourceStage.NAME)
              + " = n.link");
    }
    engine.execute("DROP TABLE IF EXISTS " + stagedTable);
    if (kind == SourceKind.SUBSCRIPTIONS) {
      problems.addAll(endsBeforeStart(table, roles));
    }
    long[] counts = counts(table);
    SourceLink link =
        new SourceLink(
            entry.name(),
            entry.file(),
            kind,
            loaded.rows(),
            counts[1],
            counts[2],
            counts[3],
            kind == SourceKind.SPEND ? List.of() : unmatchedExamples(table),
            problems);
    if (link.linkable() && link.rows() > 0 && link.matched() < minMatch * link.rows()) {
      throw refusal(entry, loaded, link);
    }
    return link;
  }

  /** Drops the columns only the report needed from a linked table. */
  static void finish(Engine engine, String table) {
    for (String column : List.of(LINK, VALUE, CleanedTable.ROW)) {
      engine.execute("ALTER TABLE " + table + " DROP COLUMN " + quote(column));
    }
  }

  private static String value(Map<SourceRole, String> roles) {
    List<String> values = new ArrayList<>();
    for (SourceRole role :
        List.of(
            SourceRole.ACCOUNT_ID, SourceRole.DOMAIN, SourceRole.EMAIL, SourceRole.ACCOUNT_NAME)) {
      if (roles.containsKey(role)) {
        values.add("s." + quote(role.canonicalName()));
      }
    }
    return values.isEmpty()
        ? "NULL::VARCHAR"
        : "coalesce(" + String.join(", ", values) + ")::VARCHAR";
  }

  /**
   * Returns {@code stage_outcome}: won, lost or open from the stage's letters; NULL without one.
   */
  static String stageOutcome(Map<SourceRole, String> roles) {
    if (!roles.containsKey(SourceRole.STAGE)) {
      return "NULL::VARCHAR AS " + LinkedTable.STAGE_OUTCOME;
    }
    String letters = "regexp_replace(lower(s.stage), '[^a-z]', '', 'g')";
    return "CASE WHEN "
        + letters
        + " IN ('won', 'closedwon') THEN 'won' WHEN "
        + letters
        + " IN ('lost', 'closedlost') THEN 'lost' ELSE 'open' END AS "
        + LinkedTable.STAGE_OUTCOME;
  }

  private long[] counts(String table) {
    long[] counts = new long[4];
    engine.query(
        "SELECT " + quote(LINK) + ", count(*) FROM " + table + " GROUP BY 1",
        r -> counts[r.getInt(1)] = r.getLong(2));
    return counts;
  }

  private List<String> unmatchedExamples(String table) {
    return engine.query(
        "SELECT v FROM (SELECT "
            + quote(VALUE)
            + " AS v, min("
            + quote(CleanedTable.ROW)
            + ") AS first FROM "
            + table
            + " WHERE "
            + quote(LINK)
            + " = 0 AND "
            + quote(VALUE)
            + " IS NOT NULL GROUP BY 1) ORDER BY first LIMIT "
            + SourceLink.EXAMPLES,
        r -> r.getString(1));
  }

  private List<String> endsBeforeStart(String table, Map<SourceRole, String> roles) {
    if (!roles.containsKey(SourceRole.START_DATE) || !roles.containsKey(SourceRole.END_DATE)) {
      return List.of();
    }
    String where = " WHERE end_date < start_date";
    long count = engine.queryOne("SELECT count(*) FROM " + table + where, r -> r.getLong(1));
    if (count == 0) {
      return List.of();
    }
    List<String> lines =
        engine.query(
            "SELECT "
                + quote(CleanedTable.ROW)
                + " + 2 FROM "
                + table
                + where
                + " ORDER BY 1 LIMIT "
                + SourceLink.EXAMPLES,
            r -> String.valueOf(r.getLong(1)));
    return List.of(
        String.format(
            Locale.ROOT,
            "%,d subscriptions end before they start (lines %s): kept as written, fix the dates",
            count,
            String.join(", ", lines)));
  }

  private InputException refusal(SourceEntry entry, LoadedSource loaded, SourceLink link) {
    String by = entry.key().map(k -> "key '" + k + "'").orElse("domain or name");
    String suggestion =
        KeyOverlap.bestOther(engine, loaded.table(), entry.key().orElse(""))
            .filter(o -> o.best() * link.rows() > link.matched())
            .map(
                o ->
                    String.format(
                        Locale.ROOT,
                        "; column '%s' matches %.0f %% of rows",
                        o.column(),
                        100 * o.best()))
            .orElse("");
    return new InputException(
        String.format(
            Locale.ROOT,
            "%s: only %,d of %,d rows (%.1f %%) link to an account by %s, under the %.0f %%"
                + " needed (unmatched e.g. %s): check the key%s",
            entry.file(),
            link.matched(),
            link.rows(),
            100.0 * link.matched() / link.rows(),
            by,
            100 * minMatch,
            link.unmatchedExamples().isEmpty()
                ? "none filled in"
                : String.join(
                    ", ", link.unmatchedExamples().stream().map(v -> "'" + v + "'").toList()),
            suggestion));
  }
}
