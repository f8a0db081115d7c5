package org.icpengine.data.ideal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The types an ideal expression may cast to, by the names the engine accepts for them. */
final class CastTypes {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("INTEGER", "INTEGER"),
          Map.entry("INT", "INTEGER"),
          Map.entry("BIGINT", "BIGINT"),
          Map.entry("SMALLINT", "SMALLINT"),
          Map.entry("DOUBLE", "DOUBLE"),
          Map.entry("FLOAT", "FLOAT"),
          Map.entry("REAL", "FLOAT"),
          Map.entry("DECIMAL", "DECIMAL"),
          Map.entry("NUMERIC", "DECIMAL"),
          Map.entry("VARCHAR", "VARCHAR"),
          Map.entry("TEXT", "VARCHAR"),
          Map.entry("STRING", "VARCHAR"),
          Map.entry("BOOLEAN", "BOOLEAN"),
          Map.entry("BOOL", "BOOLEAN"),
          Map.entry("DATE", "DATE"),
          Map.entry("TIMESTAMP", "TIMESTAMP"),
          Map.entry("INTERVAL", "INTERVAL"));

  private CastTypes() {}

  /** Returns the engine's name for an allowed type, or empty. */
  static Optional<String> named(String name) {
    return Optional.ofNullable(TYPES.get(name.toUpperCase(Locale.ROOT)));
  }

  /** Returns whether the type takes a precision and scale, as DECIMAL(18, 2). */
  static boolean takesPrecision(String type) {
    return type.equals("DECIMAL");
  }

  /** Returns the allowed type names, for a message. */
  static String names() {
    return "INTEGER, BIGINT, DOUBLE, DECIMAL(p, s), VARCHAR, BOOLEAN, DATE, TIMESTAMP, INTERVAL";
  }
}
