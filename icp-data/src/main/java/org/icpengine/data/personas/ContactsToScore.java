package org.icpengine.data.personas;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.InputException;
import org.icpengine.data.engine.Engine;
import org.icpengine.data.sources.LinkedTable;
import org.icpengine.data.sources.SourceEntry;
import org.icpengine.data.sources.SourceKind;
import org.icpengine.data.sources.SourceLinker;
import org.icpengine.data.sources.SourceRole;
import org.icpengine.data.sources.Sources;

/**
 * A contacts export to score that is not the one sources.yaml lists (a newer export of the same
 * CRM, say): linked to the accounts as the sources' contacts export is — by its key, else e-mail
 * domain — with the same columns, and made the people table ({@link CommitteeTables#PEOPLE}) whose
 * rows {@link ContactScores} writes. The committees, contact-fit points and tiers stay those of the
 * sources. Run after everything else: linking replaces the engine's linked relations.
 */
final class ContactsToScore {
  private static final String NAME = "contacts_to_score";

  private ContactsToScore() {}

  /**
   * Links {@code file} and rebuilds the people table from it.
   *
   * @throws InputException when the file lacks a column the sources' contacts export has, or cannot
   *     be read
   */
  static void link(Engine engine, Sources sources, Path file, Titles titles) {
    SourceEntry titled =
        sources.used().stream()
            .filter(e -> e.kind().equals(Optional.of(SourceKind.CONTACTS)))
            .filter(e -> e.columns().containsKey(SourceRole.TITLE))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("checked: a contacts entry has titles"));
    Map<SourceRole, String> columns = new LinkedHashMap<>(titled.columns());
    columns.remove(SourceRole.OPPORTUNITY_ID);
    columns.remove(SourceRole.CONTACT_ROLE);
    SourceEntry entry =
        new SourceEntry(
            NAME,
            file.toAbsolutePath().toString(),
            Optional.of(SourceKind.CONTACTS),
            titled.key(),
            columns,
            Optional.empty());
    SourceEntry accounts =
        sources
            .only(SourceKind.ACCOUNTS)
            .orElseThrow(() -> new IllegalStateException("linked: sources have one accounts"));
    Sources variant = new Sources(sources.folder(), List.of(accounts, entry), sources.options());
    dropViews(engine);
    LinkedTable contacts;
    try {
      contacts =
          new SourceLinker(engine)
              .link(variant)
              .linked()
              .table(SourceKind.CONTACTS)
              .orElseThrow(() -> new IllegalStateException("the contacts to score were linked"));
    } catch (InputException e) {
      throw missingColumn(e, file, entry, titled.name()).orElseThrow(() -> e);
    }
    CommitteeTables.people(engine, contacts, titles);
  }

  /** Rewords the linker's "has no column" for a contacts file given on the command line. */
  private static Optional<InputException> missingColumn(
      InputException e, Path file, SourceEntry entry, String export) {
    String message = String.valueOf(e.getMessage());
    String marker = " has no column '";
    int at = message.indexOf(marker);
    if (at < 0) {
      return Optional.empty();
    }
    int from = at + marker.length();
    String column = message.substring(from, message.indexOf('\'', from));
    List<String> needed = new java.util.ArrayList<>(entry.columns().values());
    entry.key().ifPresent(needed::add);
    return Optional.of(
        new InputException(
            file
                + " has no column '"
                + column
                + "': a contacts file to score needs the columns sources.yaml names for the"
                + " contacts export '"
                + export
                + "' ("
                + String.join(", ", needed)
                + ")",
            e));
  }

  /** Drops the linked relations that are views (of several files): linking makes tables. */
  private static void dropViews(Engine engine) {
    for (SourceKind kind : List.of(SourceKind.ACCOUNTS, SourceKind.CONTACTS)) {
      String name = LinkedTable.relationName(kind);
      boolean view =
          engine.queryOne(
              "SELECT count(*) > 0 FROM duckdb_views() WHERE view_name = " + Engine.literal(name),
              r -> r.getBoolean(1));
      if (view) {
        engine.execute("DROP VIEW " + name);
      }
    }
  }
}
