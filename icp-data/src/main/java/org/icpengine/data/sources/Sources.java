package org.icpengine.data.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A {@code sources.yaml}: a company's exports, one entry per file, and the options of linking and
 * assembling them.
 *
 * @param folder the folder file paths are relative to (the {@code sources.yaml}'s own)
 * @param entries the files, in the order written
 * @param options the options
 */
public record Sources(Path folder, List<SourceEntry> entries, SourcesOptions options) {

  public Sources {
    entries = List.copyOf(entries);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (SourceEntry entry : entries) {
      if (!names.add(entry.name())) {
        throw new IllegalArgumentException(
            "two sources are named '" + entry.name() + "': give each a different name");
      }
    }
  }

  /** Returns the path of an entry's file. */
  public Path path(SourceEntry entry) {
    return folder.resolve(entry.file()).normalize();
  }

  /** Returns the entries that are read (not {@code kind: ignore}). */
  public List<SourceEntry> used() {
    return entries.stream().filter(e -> !e.ignored()).toList();
  }

  /** Returns the one entry of a kind that must be unique, such as the accounts. */
  public Optional<SourceEntry> only(SourceKind kind) {
    List<SourceEntry> of = used().stream().filter(e -> e.kind().get() == kind).toList();
    return of.size() == 1 ? Optional.of(of.get(0)) : Optional.empty();
  }
}
