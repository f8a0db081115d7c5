package org.icpengine.data.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.icpengine.data.InputException;

/**
 * The user's corrections to inferred column meanings, by column name, as read from a mapping file.
 *
 * @param columns the override for each named column
 */
public record Mapping(Map<String, ColumnOverride> columns) {
  /** Copies the map, keeping the file's order. */
  public Mapping {
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** Returns a mapping that overrides nothing. */
  public static Mapping none() {
    return new Mapping(Map.of());
  }

  /** Returns the override for a column, if the mapping names it (exactly, else ignoring case). */
  public Optional<ColumnOverride> forColumn(String name) {
    ColumnOverride exact = columns.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    return columns.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /**
   * Checks that every column the mapping names is in the file.
   *
   * @throws InputException naming the first unknown column and the closest file column
   */
  public void checkAgainst(List<String> fileColumns) {
    for (String name : columns.keySet()) {
      if (fileColumns.stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
        throw new InputException(
            "the mapping names column '"
                + name
                + "', which the file does not have"
                + ColumnNames.suggestion(name, fileColumns)
                + ": fix the name in the mapping file");
      }
    }
  }
}
