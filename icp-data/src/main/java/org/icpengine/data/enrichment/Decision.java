package org.icpengine.data.enrichment;

import java.util.Locale;

/** A person's decision on a pair in the review band. */
public enum Decision {
  /** The row is about the account: link it. */
  ACCEPT,
  /** The row is not about the account: never link them. */
  REJECT;

  /** Returns the word written in the decisions file. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses {@code accept} or {@code reject}.
   *
   * @throws IllegalArgumentException naming both words
   */
  public static Decision parse(String word) {
    for (Decision d : values()) {
      if (d.word().equalsIgnoreCase(word == null ? "" : word.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException("a decision is accept or reject, not '" + word + "'");
  }
}
