package org.icpengine.data.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.icpengine.data.InputException;

/** Checks and tidies a file's column names. */
final class Headers {
  /**
   * The most columns a file may have. Cleaning and profiling cost grows with the width of a file;
   * past this the engine's query planning dominates and very wide files can exhaust its memory.
   */
  static final int MAX_COLUMNS = 500;

  /** The form of a renamed column: the file's name and its 1-based position. */
  static final java.util.regex.Pattern RENAMED =
      java.util.regex.Pattern.compile("(.*) \\(column [0-9]+\\)");

  private Headers() {}

  /**
   * Returns whether a name clashes with the engine's own columns: the row key {@code icp#row}, the
   * dictionary key {@code icp#key} and the change codes {@code <column>#change}.
   */
  static boolean isReserved(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.equals("icp#row") || lower.equals("icp#key") || lower.endsWith("#change");
  }

  /**
   * Refuses a file with more than {@link #MAX_COLUMNS} columns, before anything else is done with
   * it.
   *
   * @param columns the number of columns the header has
   * @param atLeast whether the header was cut short, so that the file has at least that many
   */
  static void checkWidth(long columns, boolean atLeast) {
    if (columns > MAX_COLUMNS) {
      throw new InputException(
          String.format(
              Locale.ROOT,
              "the file has %s%,d columns; ICP Engine reads at most %d: keep only the columns"
                  + " you need and export it again",
              atLeast ? "at least " : "",
              columns,
              MAX_COLUMNS));
    }
  }

  /**
   * Refuses too many columns, trims names, names blank ones {@code column_N}, renames reserved ones
   * (see {@link LoadedSource#renamedFrom}), and refuses duplicates. The engine treats names
   * case-insensitively, so "Industry" and "industry" are duplicates too.
   */
  static List<String> check(List<String> raw) {
    if (raw.isEmpty()) {
      throw new InputException("the file has no header row: add one with a name per column");
    }
    checkWidth(raw.size(), false);
    List<String> names = new ArrayList<>(raw.size());
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      String name = raw.get(i) == null ? "" : raw.get(i).strip().replace("\uFEFF", "");
      if (name.indexOf(0) >= 0) {
        throw new InputException(
            "the name of column "
                + (i + 1)
                + " holds a NUL character: rename the column and export the file again");
      }
      if (name.isEmpty()) {
        name = "column_" + (i + 1);
      } else if (isReserved(name)) {
        name = name + " (column " + (i + 1) + ")";
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
