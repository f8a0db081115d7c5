package org.icpengine.server.dataset;

import java.util.Locale;
import java.util.Optional;
import org.icpengine.data.enrichment.Decision;

/** What an editor did with a review pair: accept or reject it, or skip it for now. */
public enum Verdict {
  /** The row is about the account: link it on the next assemble. */
  ACCEPT,
  /** The row is not about the account: never link them. */
  REJECT,
  /** Not sure yet: the pair moves to the end of the list and stays unlinked. */
  SKIP;

  /** Returns the word in the API and the app database: accept, reject or skip. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the decision the assemble applies; none for skip. */
  public Optional<Decision> decision() {
    return this == SKIP ? Optional.empty() : Optional.of(Decision.valueOf(name()));
  }

  /**
   * Parses {@code accept}, {@code reject} or {@code skip}.
   *
   * @throws IllegalArgumentException naming the three words
   */
  public static Verdict parse(String word) {
    for (Verdict v : values()) {
      if (v.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "decision is accept, reject or skip, not '" + (word == null ? "" : word) + "'");
  }
}
