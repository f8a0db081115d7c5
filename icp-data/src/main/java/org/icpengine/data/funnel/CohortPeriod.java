package org.icpengine.data.funnel;

import java.util.Locale;

/** The period opportunities are grouped by their creation date in the cohorts. */
public enum CohortPeriod {
  MONTH,
  QUARTER;

  /** Returns the word used in {@code --cohort} and the JSON: month, quarter. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code month} or {@code quarter}.
   *
   * @throws IllegalArgumentException for another word
   */
  public static CohortPeriod parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown cohort period '" + text + "': use month or quarter", e);
    }
  }
}
