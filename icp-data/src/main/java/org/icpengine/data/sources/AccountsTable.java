package org.icpengine.data.sources;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.source.LoadedSource;

/**
 * Builds the accounts relation, {@code linked_accounts}: one row per key, the key as {@code
 * account_key} and every other column as read (trimmed, placeholders missing), and the lookups the
 * other sources link through: domains and folded names that belong to exactly one account.
 */
final class AccountsTable {
  /** The relation of the accounts. */
  static final String RELATION = LinkedTable.relationName(SourceKind.ACCOUNTS);

  /** Domain to account key, for domains of exactly one account. */
  static final String DOMAINS = "icp_account_domains";

  /** Folded company name to account key, for names of exactly one account. */
  static final String NAMES = "icp_account_names";

  private AccountsTable() {}

  /** The accounts, linked: the relation, its attribute columns and what became of its rows. */
  record Result(LinkedTable table, List<String> attributes, SourceLink link, List<String> notes) {}

  /**
   * Builds the relation and lookups from the loaded accounts file.
   *
   * @throws InputException when the key is missing or names more than one row
   */
  static Result build(Engine engine, SourceEntry entry, LoadedSource loaded) {
    String key =
        entry
            .key()
            .orElseThrow(
                () ->
                    new InputException(
                        "sources.yaml, source '"
                            + entry.name()
                            + "': the accounts need 'key:', the column naming each account"));
    List<String> attributes = new ArrayList<>();
    // trimmed, then placeholders emptied, one level each: the nested macro icp_blank would trim
    // each value once for every use of its argument
    List<String> trimmed = new ArrayList<>(List.of("icp_trim(" + quote(key) + ") AS t0"));
    List<String> blanked = new ArrayList<>(List.of("icp_unplaceholder(t0) AS account_key"));
    for (String column : loaded.columns()) {
      if (!column.equals(key) && !column.equalsIgnoreCase(LinkedTable.ACCOUNT_KEY)) {
        attributes.add(column);
        String t = "t" + attributes.size();
        trimmed.add("icp_trim(" + quote(column) + ") AS " + t);
        blanked.add("icp_unplaceholder(" + t + ") AS " + quote(column));
      }
    }
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + RELATION
            + " AS SELECT "
            + String.join(", ", blanked)
            + " FROM (SELECT "
            + String.join(", ", trimmed)
            + " FROM "
            + loaded.table()
            + ") WHERE icp_unplaceholder(t0) IS NOT NULL");
    long rows = engine.count(RELATION);
    refuseDuplicates(engine, entry, loaded, key);
    lookups(engine, entry, key);
    List<String> notes = new ArrayList<>();
    if (rows < loaded.rows()) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%,d rows of %s have no %s and were left out",
              loaded.rows() - rows,
              loaded.file().getFileName(),
              key));
    }
    LinkedTable table =
        new LinkedTable(SourceKind.ACCOUNTS, RELATION, entry.columns().keySet(), rows, rows);
    SourceLink link =
        new SourceLink(
            entry.name(),
            loaded.file().getFileName().toString(),
            SourceKind.ACCOUNTS,
            loaded.rows(),
            rows,
            0,
            0,
            List.of(),
            List.of());
    return new Result(table, attributes, link, notes);
  }

  private static void refuseDuplicates(
      Engine engine, SourceEntry entry, LoadedSource loaded, String key) {
    List<String> duplicates =
        engine.query(
            "SELECT account_key, count(*) AS n FROM "
                + RELATION
                + " GROUP BY account_key HAVING count(*) > 1 ORDER BY n DESC, account_key LIMIT "
                + SourceLink.EXAMPLES,
            r -> "'" + r.getString(1) + "' (" + r.getLong(2) + " rows)");
    if (!duplicates.isEmpty()) {
      long keys =
          engine.queryOne(
              "SELECT count(*) FROM (SELECT account_key FROM "
                  + RELATION
                  + " GROUP BY account_key HAVING count(*) > 1)",
              r -> r.getLong(1));
      throw new InputException(
          String.format(
              Locale.ROOT,
              "%s: %,d values of key '%s' name more than one row (e.g. %s), which would link"
                  + " many to many: give the accounts a key unique per row, or remove the"
                  + " duplicates",
              loaded.file().getFileName(),
              keys,
              key,
              String.join(", ", duplicates)));
    }
  }

  /**
   * Builds both lookups from the accounts relation, whose values are already trimmed: each row's
   * domain and folded name are computed once, in one pass, then grouped.
   */
  private static void lookups(Engine engine, SourceEntry entry, String key) {
    String domain =
        entry
            .column(SourceRole.DOMAIN)
            .map(c -> "icp_domain(" + column(c, key) + ")")
            .orElse("NULL::VARCHAR");
    String name =
        "icp_company_key(" + column(entry.column(SourceRole.ACCOUNT_NAME).orElse(key), key) + ")";
    String values = "icp_account_link_values";
    engine.execute(
        "CREATE OR REPLACE TEMP TABLE "
            + values
            + " AS SELECT account_key, "
            + domain
            + " AS domain, "
            + name
            + " AS name FROM "
            + RELATION);
    lookup(engine, DOMAINS, "domain", values);
    lookup(engine, NAMES, "name", values);
    engine.execute("DROP TABLE " + values);
  }

  /** Returns a column of the file as the accounts relation names it: the key is account_key. */
  private static String column(String column, String key) {
    return column.equals(key) ? "account_key" : quote(column);
  }

  private static void lookup(Engine engine, String table, String column, String values) {
    engine.execute(
        "CREATE OR REPLACE TABLE "
            + table
            + " AS SELECT "
            + column
            + " AS link, any_value(account_key) AS account_key FROM "
            + values
            + " WHERE "
            + column
            + " IS NOT NULL GROUP BY link HAVING count(DISTINCT account_key) = 1");
  }
}
