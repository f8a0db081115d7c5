package org.icpengine.data.sources;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a {@code sources.yaml}: what it holds and which of its columns play which role.
 *
 * @param name the entry's name, unique in the file (used in reports and provenance)
 * @param file the file, relative to the folder of the {@code sources.yaml} or absolute
 * @param kind what the file holds; empty for {@code kind: ignore}
 * @param key the column holding the account key: the accounts' own key for accounts, the link to
 *     the accounts for the others (empty: link by domain or name only)
 * @param columns the columns by role, in the file's names
 * @param note why the file is ignored or what to check, written as a comment
 * @param enrichment how an enrichment source is matched and merged; empty for other kinds
 */
public record SourceEntry(
    String name,
    String file,
    Optional<SourceKind> kind,
    Optional<String> key,
    Map<SourceRole, String> columns,
    Optional<String> note,
    Optional<EnrichmentSettings> enrichment) {

  /** Creates an entry of a kind other than enrichment, or one with the default settings. */
  public SourceEntry(
      String name,
      String file,
      Optional<SourceKind> kind,
      Optional<String> key,
      Map<SourceRole, String> columns,
      Optional<String> note) {
    this(
        name,
        file,
        kind,
        key,
        columns,
        note,
        kind.filter(k -> k == SourceKind.ENRICHMENT).map(k -> EnrichmentSettings.defaults()));
  }

  public SourceEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(file, "file");
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    if (enrichment.isPresent() && kind.filter(k -> k == SourceKind.ENRICHMENT).isEmpty()) {
      throw new IllegalArgumentException(
          "match: and precedence: belong to sources of kind enrichment only");
    }
    if (kind.isPresent()) {
      for (SourceRole role : columns.keySet()) {
        if (!kind.get().roles().contains(role)) {
          throw new IllegalArgumentException(
              "role '"
                  + role.canonicalName()
                  + "' does not belong to "
                  + kind.get().yamlName()
                  + ": use one of "
                  + String.join(
                      ", ", kind.get().roles().stream().map(SourceRole::canonicalName).toList()));
        }
      }
    }
  }

  /** Returns the column of a role, if the entry names one. */
  public Optional<String> column(SourceRole role) {
    return Optional.ofNullable(columns.get(role));
  }

  /** Returns whether the entry is listed but not read ({@code kind: ignore}). */
  public boolean ignored() {
    return kind.isEmpty();
  }
}
