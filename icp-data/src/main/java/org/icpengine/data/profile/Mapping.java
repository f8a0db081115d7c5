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

  /** Returns the override for a column, if the mapping names it. */
  public Optional<ColumnOverride> forColumn(String name) {
    return Optional.ofNullable(columns.get(name));
  }

  /**
   * Checks that every column the mapping names is in the file.
   *
   * @throws InputException naming the first unknown column and the closest file column
   */
  public void checkAgainst(List<String> fileColumns) {
    for (String name : columns.keySet()) {
      if (!fileColumns.contains(name)) {
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
