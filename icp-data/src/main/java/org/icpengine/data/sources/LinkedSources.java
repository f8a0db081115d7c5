package org.icpengine.data.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.engine.Engine;

/**
 * A company's exports read into one engine and linked to its accounts: what {@code data.assembly}
 * builds the account table from.
 *
 * @param engine the engine holding the relations
 * @param tables the linked relations by kind (accounts always present)
 * @param attributes the accounts' attribute columns in the accounts relation (survey questions are
 *     rolled up by the assembly, not listed here)
 * @param latestDate the latest date of any dated record, used for the default as-of date
 */
public record LinkedSources(
    Engine engine,
    Map<SourceKind, LinkedTable> tables,
    List<String> attributes,
    Optional<LocalDate> latestDate) {

  public LinkedSources {
    tables = Map.copyOf(tables);
    attributes = List.copyOf(attributes);
    if (!tables.containsKey(SourceKind.ACCOUNTS)) {
      throw new IllegalArgumentException("linked sources need an accounts source");
    }
  }

  /** Returns a kind's linked relation, if the sources have one. */
  public Optional<LinkedTable> table(SourceKind kind) {
    return Optional.ofNullable(tables.get(kind));
  }
}
