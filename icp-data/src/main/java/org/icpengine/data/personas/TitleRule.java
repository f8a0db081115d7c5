package org.icpengine.data.personas;

import java.util.List;

/**
 * One line of a rules file: a pattern of words that, found in a title, gives it a function or a
 * seniority.
 *
 * @param kind what the rule decides
 * @param value the function key or the seniority key, or {@link #NONE}
 * @param words the pattern's words, at least one not {@link Word.Match#ANY}
 * @param order the rule's place among all rules (built-in first, then the user's)
 * @param user whether the rule came from the user's file: it wins ties with a built-in rule
 */
public record TitleRule(Kind kind, String value, List<Word> words, int order, boolean user) {
  /** The value of a rule that only hides the matches inside its own. */
  public static final String NONE = "none";

  /** What a rule decides. */
  public enum Kind {
    /** The title's function. */
    FUNCTION,
    /** The title's seniority. */
    SENIORITY
  }

  /**
   * One word of a pattern.
   *
   * @param text the folded word, without its stars
   * @param match how a title's word matches it
   */
  public record Word(String text, Match match) {
    /** How a title's word matches a pattern word. */
    public enum Match {
      /** The same word. */
      EXACT,
      /** A word that starts with the text ({@code vertrieb*}): the first part of a compound. */
      PREFIX,
      /** A word that ends with the text ({@code *leiter}): the last part of a compound. */
      SUFFIX,
      /** A word that contains the text ({@code *vertrieb*}). */
      CONTAINS,
      /** Any one word ({@code *}). */
      ANY
    }

    /** Returns whether a title's (folded) word matches this pattern word. */
    public boolean matches(String word) {
      return switch (match) {
        case EXACT -> word.equals(text);
        case PREFIX -> word.startsWith(text);
        case SUFFIX -> word.endsWith(text);
        case CONTAINS -> word.contains(text);
        case ANY -> true;
      };
    }

    /** Returns the word as written in a rules file. */
    @Override
    public String toString() {
      return switch (match) {
        case EXACT -> text;
        case PREFIX -> text + "*";
        case SUFFIX -> "*" + text;
        case CONTAINS -> "*" + text + "*";
        case ANY -> "*";
      };
    }
  }

  /** Copies the words. */
  public TitleRule {
    words = List.copyOf(words);
    if (words.stream().allMatch(w -> w.match() == Word.Match.ANY)) {
      throw new IllegalArgumentException("a pattern needs at least one word that is not *");
    }
  }

  /** Returns the index of the first word that is not {@code *}: the word rules are indexed by. */
  public int anchor() {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).match() != Word.Match.ANY) {
        return i;
      }
    }
    throw new IllegalStateException("a rule without a word: " + this);
  }

  /** Returns the number of literal letters in the pattern: the longer, the more specific. */
  public int literalLength() {
    return words.stream().mapToInt(w -> w.text().length()).sum();
  }

  /** Returns whether the pattern matches the title's words starting at {@code start}. */
  public boolean matchesAt(String[] title, int start) {
    if (start < 0 || start + words.size() > title.length) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).matches(title[start + i])) {
        return false;
      }
    }
    return true;
  }

  /** Returns the pattern as written in a rules file. */
  public String pattern() {
    return String.join(" ", words.stream().map(Word::toString).toList());
  }
}
