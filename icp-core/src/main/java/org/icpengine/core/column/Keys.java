package org.icpengine.core.column;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of enum constants from the loose spellings people write in mapping files. */
final class Keys {
  private Keys() {}

  static String fold(String text) {
    return text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
  }

  static <E extends Enum<E>> E parse(Class<E> type, String text, String what) {
    String key = fold(text);
    for (E constant : type.getEnumConstants()) {
      if (fold(constant.name()).equals(key) || fold(constant.toString()).equals(key)) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(e -> e.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));
    throw new IllegalArgumentException(
        "unknown " + what + " '" + text + "': use one of " + allowed);
  }
}
