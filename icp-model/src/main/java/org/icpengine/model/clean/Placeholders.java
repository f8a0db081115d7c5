package org.icpengine.model.clean;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Values that exports use to mean "no value": they become missing. */
public final class Placeholders {
  /** The placeholders, lower case; matching ignores case and surrounding spaces. */
  public static final List<String> VALUES =
      List.of(
          "",
          "n/a",
          "na",
          "n.a.",
          "#n/a",
          "-",
          "--",
          "---",
          "—",
          "select",
          "--select--",
          "- select -",
          "null",
          "nil",
          "nan",
          "unknown",
          "?",
          "(blank)",
          "not set",
          "not provided",
          "none provided",
          "undefined");

  /** The length of the longest placeholder: a longer value is never one. */
  public static final int MAX_LENGTH = VALUES.stream().mapToInt(String::length).max().orElse(0);

  private Placeholders() {}

  /** Returns whether the value is a placeholder for a missing value. */
  public static boolean isPlaceholder(String value) {
    return value == null || VALUES.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  /** Returns the placeholders as a SQL list literal of strings. */
  public static String sqlArray() {
    return VALUES.stream()
        .map(v -> "'" + v.replace("'", "''") + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
