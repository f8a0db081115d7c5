package org.icpengine.core.column;

import java.util.Locale;

/** The type of a column's values after cleaning. */
public enum ValueType {
  /** A number (money, counts, percentages): stored as a double. */
  NUMBER,
  /** Yes or no. */
  BOOLEAN,
  /** A calendar date. */
  DATE,
  /** One value from a small vocabulary, folded to one spelling per value. */
  CATEGORY,
  /** A country, folded to its ISO 3166 English short name. */
  COUNTRY,
  /** Several values from a small vocabulary in one cell (tech stack, use cases). */
  SET,
  /** A web domain, normalised to its bare lower-case host name. */
  DOMAIN,
  /** Free text or near-unique labels. */
  TEXT;

  /** Returns the lower-case name used in mapping files and JSON output. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether values of this type are drawn from a vocabulary that cleaning folds. */
  public boolean isCategorical() {
    return this == CATEGORY || this == COUNTRY || this == SET;
  }

  /**
   * Parses a value type from its key, ignoring case, spaces and hyphens.
   *
   * @throws IllegalArgumentException when the text names no value type
   */
  public static ValueType parse(String text) {
    return Keys.parse(ValueType.class, text, "type");
  }
}
