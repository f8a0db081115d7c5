package org.icpengine.data.profile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Finds the column a user most likely meant when a name matches none. */
public final class ColumnNames {
  private ColumnNames() {}

  /** Returns the closest column name by edit distance, ignoring case, if any is close enough. */
  public static Optional<String> closest(String name, Collection<String> columns) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return columns.stream()
        .min(Comparator.comparingInt(c -> distance(wanted, c.toLowerCase(Locale.ROOT))))
        .filter(
            c -> distance(wanted, c.toLowerCase(Locale.ROOT)) <= Math.max(3, wanted.length() / 2));
  }

  /** Returns " (did you mean 'X'?)" for the closest column, or an empty string. */
  public static String suggestion(String name, Collection<String> columns) {
    return closest(name, columns).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }

  /** Returns the Levenshtein distance between two strings. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
