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

  private static final String BY_KEY = "icp#by_key";
  private static final String BY_DOMAIN = "icp#domain";
  private static final String BY_NAME = "icp#name";

  private final Engine engine;
  private final double minMatch;

  RowLinks(Engine engine, double minMatch) {
    this.engine = engine;
    this.minMatch = minMatch;
  }

  /**
   * Links the loaded file into {@code table}, in one statement over the file as read (its role
   * columns cleaned on the way), and returns how its rows linked. The table keeps {@link #LINK},
   * {@link #VALUE} and the row number for the report; {@link #finish} drops them.
   */
  SourceLink link(SourceEntry entry, LoadedSource loaded, String table) {
    SourceStage.Staged staged = new SourceStage(engine).stage(entry, loaded);
    SourceKind kind = entry.kind().orElseThrow();
    Map<SourceRole, String> roles = SourceStage.roleColumns(entry);
    String rows =
        kind == SourceKind.SPEND
            ? "SELECT s.*, NULL::VARCHAR AS account_key, 0 AS "
                + quote(LINK)
                + ", NULL::VARCHAR AS "
                + quote(VALUE)
                + " FROM ("
                + staged.select()
                + ") s"
            : joined(staged.select(), roles, kind);
    engine.execute("CREATE OR REPLACE TABLE " + table + " AS " + rows);
    List<String> problems = new ArrayList<>(SourceStage.check(staged, entry, loaded, table));
    for (String change : staged.changes()) {
      engine.execute("ALTER TABLE " + table + " DROP COLUMN " + change);
    }
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

  /**
   * Returns the query of the staged rows linked to the accounts: by key first; only rows the key
   * did not link compute their domain (or e-mail domain) and folded name and look them up.
   */
  private static String joined(String staged, Map<SourceRole, String> roles, SourceKind kind) {
    boolean byKey = roles.containsKey(SourceRole.ACCOUNT_ID);
    String unlinked = byKey ? "k.account_key IS NULL" : "true";
    String domain = domainKey(roles);
    String name =
        roles.containsKey(SourceRole.ACCOUNT_NAME)
            ? "icp_company_key(s." + quote(SourceRole.ACCOUNT_NAME.canonicalName()) + ")"
            : null;
    String keyed =
        "(SELECT s.*, "
            + (byKey ? "k.account_key" : "NULL::VARCHAR")
            + " AS "
            + quote(BY_KEY)
            + ", "
            + lazy(unlinked, domain)
            + " AS "
            + quote(BY_DOMAIN)
            + ", "
            + lazy(unlinked, name)
            + " AS "
            + quote(BY_NAME)
            + " FROM ("
            + staged
            + ") s"
            + (byKey
                ? " LEFT JOIN "
                    + AccountsTable.RELATION
                    + " k ON s."
                    + quote(SourceRole.ACCOUNT_ID.canonicalName())
                    + " = k.account_key"
                : "")
            + ") s";
    String d = domain == null ? "NULL" : "d.account_key";
    String n = name == null ? "NULL" : "n.account_key";
    StringBuilder sql = new StringBuilder("SELECT s.* EXCLUDE (");
    sql.append(quote(BY_KEY)).append(", ").append(quote(BY_DOMAIN)).append(", ");
    sql.append(quote(BY_NAME)).append("), coalesce(s.").append(quote(BY_KEY)).append(", ");
    sql.append(d).append(", ").append(n).append(")::VARCHAR AS account_key, CASE WHEN s.");
    sql.append(quote(BY_KEY)).append(" IS NOT NULL THEN 1 WHEN ").append(d);
    sql.append(" IS NOT NULL THEN 2 WHEN ").append(n).append(" IS NOT NULL THEN 3 ELSE 0 END AS ");
    sql.append(quote(LINK)).append(", ").append(value(roles)).append(" AS ").append(quote(VALUE));
    if (kind == SourceKind.OPPORTUNITIES) {
      sql.append(", ").append(stageOutcome(roles));
    }
    sql.append(" FROM ").append(keyed);
    if (domain != null) {
      sql.append(" LEFT JOIN ").append(AccountsTable.DOMAINS).append(" d ON s.");
      sql.append(quote(BY_DOMAIN)).append(" = d.link");
    }
    if (name != null) {
      sql.append(" LEFT JOIN ").append(AccountsTable.NAMES).append(" n ON s.");
      sql.append(quote(BY_NAME)).append(" = n.link");
    }
    return sql.toString();
  }

  /** Returns the domain rows link by: the domain column's, else the e-mail's; null for neither. */
  private static String domainKey(Map<SourceRole, String> roles) {
    List<String> domains = new ArrayList<>();
    if (roles.containsKey(SourceRole.DOMAIN)) {
      domains.add("s." + quote(SourceRole.DOMAIN.canonicalName()));
    }
    if (roles.containsKey(SourceRole.EMAIL)) {
      domains.add("icp_mail_domain(s." + quote(SourceRole.EMAIL.canonicalName()) + ")");
    }
    return domains.isEmpty() ? null : "coalesce(" + String.join(", ", domains) + ")";
  }

  private static String lazy(String when, String value) {
    return value == null
        ? "NULL::VARCHAR"
        : when.equals("true") ? value : "CASE WHEN " + when + " THEN " + value + " END";
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
