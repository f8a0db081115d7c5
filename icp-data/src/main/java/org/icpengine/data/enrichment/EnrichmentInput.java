package org.icpengine.data.enrichment;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.matching.DomainSql;
import org.icpengine.data.matching.Party;
import org.icpengine.data.profile.ColumnNames;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.data.sources.Sources;

/**
 * One enrichment file read into the engine: its rows as parties to match (name, domain or e-mail,
 * country, city) and its attribute columns (every column without a role), checked so that a file
 * that cannot be matched is refused in one line.
 *
 * @param entry the file's entry in {@code sources.yaml}
 * @param table the engine table holding the rows as read, in file order ({@code rowid})
 * @param attributes the columns added to the account table, in file order
 * @param parties each row as matching reads it, in file order
 * @param domainKeys each row's company domain folded in the engine ({@link DomainSql}), null when
 *     none, in file order
 * @param notes row-level notes (rows the reader rejected, free-mail domains matched by name)
 */
record EnrichmentInput(
    SourceEntry entry,
    String table,
    List<String> attributes,
    List<Party> parties,
    List<String> domainKeys,
    List<String> notes) {

  /** The least share of rows with a usable name or domain. */
  static final double MIN_USABLE = 0.5;

  /**
   * Reads an enrichment file into {@code table}.
   *
   * @throws InputException when a mapped column is missing, nothing can be matched by, the key
   *     columns are mostly empty or mostly free mail, or there is nothing to add
   */
  static EnrichmentInput read(Engine engine, Sources sources, SourceEntry entry, String table) {
    LoadedSource loaded =
        new SourceReader(engine).read(sources.path(entry), ReadOptions.defaults(), table);
    String where = "sources.yaml, source '" + entry.name() + "'";
    List<String> roleColumns = new ArrayList<>(entry.columns().values());
    entry.key().ifPresent(roleColumns::add);
    for (String column : roleColumns) {
      if (!loaded.columns().contains(column)) {
        throw new InputException(
            where
                + ": "
                + entry.file()
                + " has no column '"
                + column
                + "'"
                + ColumnNames.suggestion(column, loaded.columns())
                + ": correct the column name");
      }
    }
    if (entry.column(SourceRole.ACCOUNT_NAME).isEmpty()
        && entry.column(SourceRole.DOMAIN).isEmpty()
        && entry.column(SourceRole.EMAIL).isEmpty()) {
      throw new InputException(
          where
              + ": an enrichment file is matched by company name, domain or e-mail: map at"
              + " least one under columns: (account_name, domain, email)");
    }
    List<String> attributes =
        loaded.columns().stream().filter(c -> !roleColumns.contains(c)).toList();
    if (attributes.isEmpty()) {
      throw new InputException(
          where
              + ": every column of "
              + entry.file()
              + " has a role, so it adds nothing to the"
              + " accounts: leave the columns to add out of columns:");
    }
    List<Row> rows = rows(engine, entry, table);
    List<String> notes = new ArrayList<>();
    loaded.problems().forEach(p -> notes.add(entry.file() + ": " + p));
    check(entry, rows, notes);
    return new EnrichmentInput(
        entry,
        table,
        attributes,
        rows.stream().map(Row::party).toList(),
        rows.stream().map(Row::key).toList(),
        notes);
  }

  /** A row as matching reads it: the party, its address's registrable domain and company key. */
  private record Row(Party party, String registrable, String key) {}

  private static List<Row> rows(Engine engine, SourceEntry entry, String table) {
    String select =
        String.join(
            ", ",
            value(entry, SourceRole.ACCOUNT_NAME),
            address(entry),
            value(entry, SourceRole.COUNTRY),
            value(entry, SourceRole.CITY));
    DomainSql.install(engine);
    String keys =
        DomainSql.keys(
            "(SELECT rowid AS id, " + address(entry) + " AS address FROM " + table + ")");
    return engine.query(
        "SELECT "
            + select
            + ", d.icp_registrable, d.icp_domain_key FROM "
            + table
            + " t LEFT JOIN (SELECT id AS icp_domain_id, registrable AS icp_registrable,"
            + " key AS icp_domain_key FROM ("
            + keys
            + ")) d ON d.icp_domain_id = t.rowid ORDER BY t.rowid",
        r ->
            new Row(
                new Party(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                r.getString(5),
                r.getString(6)));
  }

  /** The row's web address, or its e-mail address when the address is blank. */
  private static String address(SourceEntry entry) {
    String domain = value(entry, SourceRole.DOMAIN);
    return "CASE WHEN regexp_full_match(coalesce("
        + domain
        + ", ''), '\\s*') THEN "
        + value(entry, SourceRole.EMAIL)
        + " ELSE "
        + domain
        + " END";
  }

  private static String value(SourceEntry entry, SourceRole role) {
    return entry.column(role).map(c -> "trim(" + quote(c) + ")").orElse("NULL::VARCHAR");
  }

  private static void check(SourceEntry entry, List<Row> rows, List<String> notes) {
    long usable = 0;
    long domains = 0;
    long freeMail = 0;
    String example = null;
    for (Row row : rows) {
      if (row.registrable() != null && row.key() == null) {
        freeMail++;
        example = example == null ? row.registrable() : example;
      }
      domains += row.party().domain() == null ? 0 : 1;
      usable += row.key() != null || row.party().name() != null ? 1 : 0;
    }
    if (rows.isEmpty()) {
      return;
    }
    boolean mostlyFree = domains > 0 && freeMail * 2 > domains;
    if (usable < MIN_USABLE * rows.size()) {
      throw new InputException(
          String.format(
              Locale.ROOT,
              "%s: only %,d of %,d rows (%.0f %%) have a company name or a company domain%s:"
                  + " map the column holding the company's name or web site",
              entry.file(),
              usable,
              rows.size(),
              100.0 * usable / rows.size(),
              mostlyFree
                  ? " (the domains are mostly free mail such as " + example + ", never a company)"
                  : ""));
    }
    if (freeMail > 0) {
      notes.add(
          String.format(
              Locale.ROOT,
              "%s: %,d rows have a free mail domain (such as %s), matched by name instead",
              entry.file(),
              freeMail,
              example));
    }
  }

  /** Returns a row's line in the file: the header is line 1. */
  static long line(int row) {
    return row + 2L;
  }
}
