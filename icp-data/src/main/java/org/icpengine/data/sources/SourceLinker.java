package org.icpengine.data.sources;

import static org.icpengine.data.engine.Engine.quote;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.profile.ColumnNames;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.ReadOptions;
import org.icpengine.data.source.SourceReader;

/**
 * Reads the files a {@code sources.yaml} lists into one engine and links their rows to the
 * accounts: by the accounts' key, else by normalised domain (contacts' e-mail domains included,
 * free mail left out), else by folded company name ({@link LinkKeys}). Files of one kind become one
 * relation {@code linked_<kind>} (see the package's contract). The engine must be allowed to read
 * the files, or reads them through its own folder.
 */
public final class SourceLinker {
  private final Engine engine;

  /** Creates a linker working in the given engine. */
  public SourceLinker(Engine engine) {
    this.engine = engine;
  }

  /**
   * Reads and links every file the sources list, except those of {@code kind: ignore}.
   *
   * @throws InputException in one line when a file or column is missing, the accounts' key is not
   *     unique, a key links under the {@code min_match} share of rows, dates are unreadable or
   *     amounts mix currencies
   */
  public Linking link(Sources sources) {
    LinkKeys.install(engine);
    SourceEntry accountsEntry = accountsEntry(sources);
    LoadedSource accountsFile = read(sources, accountsEntry, "icp_src_0");
    AccountsTable.Result accounts = AccountsTable.build(engine, accountsEntry, accountsFile);
    engine.execute("DROP TABLE IF EXISTS " + accountsFile.table());
    List<SourceLink> links = new ArrayList<>(List.of(accounts.link()));
    List<String> notes = new ArrayList<>(accounts.notes());
    Map<SourceKind, List<String>> staged = new EnumMap<>(SourceKind.class);
    Map<SourceKind, List<SourceEntry>> entries = new EnumMap<>(SourceKind.class);
    int index = 1;
    for (SourceEntry entry : sources.used()) {
      // enrichment sources are matched by score after the assembly (data.enrichment)
      if (entry == accountsEntry || entry.kind().get() == SourceKind.ENRICHMENT) {
        continue;
      }
      LoadedSource loaded = read(sources, entry, "icp_src_" + index);
      String table = "icp_linked_" + index++;
      links.add(new RowLinks(engine, sources.options().minMatch()).link(entry, loaded, table));
      engine.execute("DROP TABLE IF EXISTS " + loaded.table());
      SourceKind kind = entry.kind().orElseThrow();
      staged.computeIfAbsent(kind, k -> new ArrayList<>()).add(table);
      entries.computeIfAbsent(kind, k -> new ArrayList<>()).add(entry);
    }
    for (SourceEntry entry : sources.entries()) {
      if (entry.ignored()) {
        notes.add("ignored " + entry.file() + entry.note().map(n -> ": " + n).orElse(""));
      }
    }
    Map<SourceKind, LinkedTable> tables = new LinkedHashMap<>();
    tables.put(SourceKind.ACCOUNTS, accounts.table());
    staged.forEach((kind, parts) -> tables.put(kind, union(kind, parts, entries.get(kind))));
    LinkedSources linked =
        new LinkedSources(engine, tables, accounts.attributes(), latestDate(tables.values()));
    return new Linking(linked, new LinkReport(links, notes));
  }

  private static SourceEntry accountsEntry(Sources sources) {
    List<SourceEntry> accounts =
        sources.used().stream().filter(e -> e.kind().get() == SourceKind.ACCOUNTS).toList();
    if (accounts.size() != 1) {
      throw new InputException(
          "sources.yaml needs exactly one source of kind accounts, not "
              + accounts.size()
              + ": mark the file with one row per account 'kind: accounts'");
    }
    return accounts.get(0);
  }

  private LoadedSource read(Sources sources, SourceEntry entry, String table) {
    LoadedSource loaded =
        new SourceReader(engine).read(sources.path(entry), ReadOptions.defaults(), table);
    List<String> columns = new ArrayList<>(SourceStage.roleColumns(entry).values());
    entry.key().ifPresent(columns::add);
    for (String column : columns) {
      if (!loaded.columns().contains(column)) {
        throw new InputException(
            "sources.yaml, source '"
                + entry.name()
                + "': "
                + entry.file()
                + " has no column '"
                + column
                + "'"
                + ColumnNames.suggestion(column, loaded.columns())
                + ": correct the column name");
      }
    }
    return loaded;
  }

  /**
   * Makes a kind's linked relation of its files' linked tables without copying them: one file's
   * table is renamed, several files' tables are put under one view.
   */
  private LinkedTable union(SourceKind kind, List<String> parts, List<SourceEntry> entries) {
    String relation = LinkedTable.relationName(kind);
    parts.forEach(part -> RowLinks.finish(engine, part));
    if (parts.size() == 1) {
      engine.execute("DROP TABLE IF EXISTS " + relation);
      engine.execute("ALTER TABLE " + parts.get(0) + " RENAME TO " + relation);
    } else {
      List<String> selects = parts.stream().map(part -> "SELECT * FROM " + part).toList();
      engine.execute(
          "CREATE OR REPLACE VIEW "
              + relation
              + " AS "
              + String.join(" UNION ALL BY NAME ", selects));
    }
    java.util.Set<SourceRole> roles = java.util.EnumSet.noneOf(SourceRole.class);
    entries.forEach(e -> roles.addAll(SourceStage.roleColumns(e).keySet()));
    long rows = engine.count(relation);
    long linked =
        kind == SourceKind.SPEND
            ? rows
            : engine.queryOne("SELECT count(account_key) FROM " + relation, r -> r.getLong(1));
    return new LinkedTable(kind, relation, roles, rows, linked);
  }

  private Optional<LocalDate> latestDate(java.util.Collection<LinkedTable> tables) {
    List<String> maxima = new ArrayList<>();
    for (LinkedTable table : tables) {
      for (SourceRole role : table.roles()) {
        // a running subscription's end and an open deal's close date are plans, not records
        if (role.type() != SourceRole.Type.DATE
            || table.kind() == SourceKind.ACCOUNTS
            || role == SourceRole.END_DATE) {
          continue;
        }
        String open =
            role == SourceRole.CLOSE_DATE && table.has(SourceRole.STAGE)
                ? " WHERE " + LinkedTable.STAGE_OUTCOME + " IS DISTINCT FROM 'open'"
                : "";
        maxima.add(
            "SELECT max(" + quote(role.canonicalName()) + ") AS d FROM " + table.relation() + open);
      }
    }
    if (maxima.isEmpty()) {
      return Optional.empty();
    }
    java.sql.Date latest =
        engine.queryOne(
            "SELECT max(d) FROM (" + String.join(" UNION ALL ", maxima) + ")", r -> r.getDate(1));
    return Optional.ofNullable(latest).map(java.sql.Date::toLocalDate);
  }
}
