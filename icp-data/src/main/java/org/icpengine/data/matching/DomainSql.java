package org.icpengine.data.matching;

import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.icpengine.data.engine.Engine;

/**
 * {@link Domains} inside the engine, so that matching by domain is a hash join: macros fold an
 * address to its host as {@link Domains#host} does and check it as Guava does, and a query joins
 * each distinct host's trailing labels to the public suffix list ({@link PublicSuffixRules}, a
 * table loaded once per engine): the registrable domain is the longest public suffix plus one
 * label; free mail domains (a second table) are never a company key. {@code DomainSqlTest} holds
 * the engine to Java on thousands of generated and awkward addresses.
 */
public final class DomainSql {
  /** The table of public suffix rules: suffix, kind (exact, wildcard, exception). */
  static final String SUFFIXES = "icp_public_suffixes";

  /** The table of free mail providers' domains. */
  static final String FREE_MAIL = "icp_free_mail_domains";

  private static final String CHAR = "a-z0-9\\x{80}-\\x{10FFFF}";
  private static final String INNER = "[" + CHAR + "_-]{0,61}[" + CHAR + "]";
  private static final String LABEL = "[" + CHAR + "](" + INNER + ")?";
  private static final String FINAL_LABEL = "[a-z\\x{80}-\\x{10FFFF}](" + INNER + ")?";

  private DomainSql() {}

  /** Creates the macros and loads the suffix and free mail tables, once per engine. */
  public static void install(Engine engine) {
    if (!engine
        .query("SELECT 1 FROM duckdb_tables() WHERE table_name = ?", List.of(SUFFIXES), r -> 1)
        .isEmpty()) {
      return;
    }
    // Java's trim (every character up to a space), lower case, then Domains.host's cuts
    engine.execute(
        "CREATE OR REPLACE MACRO icp_domain_host(t) AS regexp_replace(rtrim(regexp_extract("
            + "regexp_extract(regexp_extract(regexp_replace(lower(regexp_replace(t,"
            + " '^[\\x00-\\x20]+|[\\x00-\\x20]+$', '', 'g')), '(?s)^.*?://', ''),"
            + " '^[^/?#]*'), '[^@]*$'), '^[^:]*'), '.'), '^www\\.', '')");
    // Guava's normalisation (ideographic and full-width dots, one trailing dot) and its checks
    engine.execute(
        "CREATE OR REPLACE MACRO icp_domain_name(h) AS regexp_replace(regexp_replace(h,"
            + " '[\\x{3002}\\x{FF0E}\\x{FF61}]', '.', 'g'), '\\.$', '')");
    engine.execute(
        "CREATE OR REPLACE MACRO icp_domain_valid(n) AS length(n) <= 253"
            + " AND length(n) - length(replace(n, '.', '')) < 127"
            + " AND regexp_full_match(n, '("
            + LABEL
            + "\\.)*"
            + FINAL_LABEL
            + "')");
    engine.execute("CREATE TABLE " + SUFFIXES + " (suffix VARCHAR, kind VARCHAR)");
    engine.execute("CREATE TABLE " + FREE_MAIL + " (domain VARCHAR)");
    append(engine);
  }

  private static void append(Engine engine) {
    try (DuckDBAppender suffixes = appender(engine, SUFFIXES);
        DuckDBAppender freeMail = appender(engine, FREE_MAIL)) {
      for (PublicSuffixRules.Rule rule : PublicSuffixRules.rules()) {
        suffixes.beginRow();
        suffixes.append(rule.suffix());
        suffixes.append(rule.kind().name().toLowerCase(java.util.Locale.ROOT));
        suffixes.endRow();
      }
      for (String domain : Domains.freeMailDomains()) {
        freeMail.beginRow();
        freeMail.append(domain);
        freeMail.endRow();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot load the public suffix list into the engine", e);
    }
  }

  private static DuckDBAppender appender(Engine engine, String table) throws SQLException {
    return engine
        .connection()
        .unwrap(DuckDBConnection.class)
        .createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
  }

  /**
   * Returns a query of {@code id, registrable, key} for each row of {@code source}, a relation or
   * parenthesised query with the columns {@code id} and {@code address}: the address's registrable
   * domain (NULL when it holds none) and the same unless it is a free mail provider's (the company
   * key). The suffixes are looked up once per distinct host. Needs {@link #install}.
   */
  public static String keys(String source) {
    int longest =
        PublicSuffixRules.rules().stream().mapToInt(PublicSuffixRules.Rule::labels).max().orElse(1)
            + 1;
    return "WITH icp_h AS (SELECT id, icp_domain_name(icp_domain_host(address)) AS host FROM "
        + source
        + "), icp_d AS (SELECT host, string_split(host, '.') AS parts FROM"
        + " (SELECT DISTINCT host FROM icp_h WHERE icp_domain_valid(host))),"
        + " icp_c AS (SELECT host, len(parts) AS n, k,"
        + " array_to_string(parts[len(parts) - k + 1:], '.') AS s,"
        + " array_to_string(parts[len(parts) - k + 2:], '.') AS parent"
        + " FROM icp_d, unnest(range(1, least(len(parts), "
        + longest
        + ") + 1)) AS u(k)),"
        + " icp_hits AS (SELECT c.host, c.n, c.k,"
        + " CASE r.kind WHEN 'exception' THEN c.k - 1 ELSE c.k END AS l,"
        + " CASE r.kind WHEN 'exact' THEN 3 ELSE 2 END AS priority"
        + " FROM icp_c c JOIN "
        + SUFFIXES
        + " r ON r.suffix = c.s AND r.kind <> 'wildcard'"
        + " UNION ALL SELECT c.host, c.n, c.k, c.k, 1 FROM icp_c c JOIN "
        + SUFFIXES
        + " r ON r.suffix = c.parent AND r.kind = 'wildcard' AND c.k >= 2),"
        + " icp_r AS (SELECT host, CASE WHEN l < n THEN"
        + " array_to_string(string_split(host, '.')[n - l:], '.') END AS registrable FROM"
        + " (SELECT host, any_value(n) AS n, arg_max(l, k * 4 + priority) AS l"
        + " FROM icp_hits GROUP BY host))"
        + " SELECT icp_h.id, icp_r.registrable, CASE WHEN f.domain IS NULL"
        + " THEN icp_r.registrable END AS key FROM icp_h"
        + " LEFT JOIN icp_r ON icp_r.host = icp_h.host LEFT JOIN "
        + FREE_MAIL
        + " f ON f.domain = icp_r.registrable";
  }
}
