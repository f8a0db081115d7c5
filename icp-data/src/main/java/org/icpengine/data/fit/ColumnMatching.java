package org.icpengine.data.fit;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.icpengine.data.InputException;

/** Finds the file column that holds each column of a score model. */
final class ColumnMatching {
  private ColumnMatching() {}

  /**
   * Finds each model column in the file: under the name given with {@code --column}, else the same
   * name, else the same name but for case, spaces and punctuation ("Number of Employees" for
   * "NumberOfEmployees").
   */
  static Map<String, String> match(
      List<String> modelColumns, List<String> fileColumns, Map<String, String> given, Path input) {
    Map<String, String> matched = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, String> entry : given.entrySet()) {
      if (!modelColumns.contains(entry.getKey())) {
        throw new InputException(
            "--column names '"
                + entry.getKey()
                + "', which is not a column of the model: use one of "
                + String.join(", ", modelColumns));
      }
      if (!fileColumns.contains(entry.getValue())) {
        throw new InputException(
            "--column names '"
                + entry.getValue()
                + "', which "
                + input.getFileName()
                + " does not have"
                + org.icpengine.data.profile.ColumnNames.suggestion(entry.getValue(), fileColumns));
      }
      matched.put(entry.getKey(), entry.getValue());
    }
    for (String column : modelColumns) {
      if (matched.containsKey(column)) {
        continue;
      }
      if (fileColumns.contains(column)) {
        matched.put(column, column);
        continue;
      }
      String key = org.icpengine.data.clean.Spellings.key(column);
      fileColumns.stream()
          .filter(f -> org.icpengine.data.clean.Spellings.key(f).equals(key))
          .findFirst()
          .ifPresent(f -> matched.put(column, f));
    }
    return matched;
  }
}
