package org.icpengine.data.matching;

import java.util.List;

/**
 * A company name folded for comparison.
 *
 * @param raw the name as written
 * @param words the words that say which company it is: lower case, accents and punctuation folded,
 *     legal forms and stop words left out, abbreviations written out; empty when the name holds
 *     none
 * @param legalForm the legal forms removed from the end, as written ({@code "Pty Ltd"}); empty when
 *     none was
 */
public record CompanyName(String raw, List<String> words, String legalForm) {
  public CompanyName {
    words = List.copyOf(words);
  }

  /** Returns the words joined by single spaces: equal keys are the same name. */
  public String key() {
    return String.join(" ", words);
  }

  /** Returns the words joined without spaces, so that "Snow Flake" is "Snowflake". */
  public String compact() {
    return String.join("", words);
  }

  /** Returns whether the name holds no word to compare. */
  public boolean isEmpty() {
    return words.isEmpty();
  }
}
