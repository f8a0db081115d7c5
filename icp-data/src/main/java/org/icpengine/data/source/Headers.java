package org.icpengine.data.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.InputException;

/** Checks and tidies a file's column names. */
final class Headers {
  private Headers() {}

  /**
   * Trims names, names blank ones {@code column_N}, and refuses duplicates. The engine treats names
   * case-insensitively, so "Industry" and "industry" are duplicates too.
   */
  static List<String> check(List<String> raw) {
    if (raw.isEmpty()) {
      throw new InputException("the file has no header row: add one with a name per column");
    }
    List<String> names = new ArrayList<>(raw.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      String name = raw.get(i) == null ? "" : raw.get(i).strip().replace("\uFEFF", "");
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      }
      Integer previous = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (previous != null) {
        throw new InputException(
            "duplicate column name '"
                + name
                + "' (columns "
                + (previous + 1)
                + " and "
                + (i + 1)
                + "): rename or remove one of them");
      }
      names.add(name);
    }
    return names;
  }
}
