package org.icpengine.sample.enrichment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.icpengine.sample.Draws;

/**
 * Writes a company's name as another system's user would: another legal form, upper case, a typo,
 * an abbreviation, words reordered, a generic word added, "The" in front.
 */
final class NameVariants {
  static final List<String> LEGAL_FORMS =
      List.of(
          "Corporation Pty Ltd",
          "Private Limited",
          "Pty Ltd",
          "Pvt Ltd",
          "Corporation",
          "Incorporated",
          "Limited",
          "GmbH",
          "Corp.",
          "Corp",
          "Ltda.",
          "B.V.",
          "S.A.",
          "S.L.",
          "Inc.",
          "LLC",
          "Ltd.",
          "SAS",
          "Co.",
          "Ltd",
          "Inc",
          "plc",
          "AG");
  private static final List<String> NEW_FORMS =
      List.of("Inc", "Corporation", "Ltd", "LLC", "Corp.", "Corporation Pty Ltd", "GmbH", "S.A.");
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "International", "Intl",
          "Technologies", "Tech",
          "Laboratories", "Labs",
          "Manufacturing", "Mfg",
          "Services", "Svcs",
          "Systems", "Sys",
          "Holdings", "Hldgs");
  static final List<String> SUBSIDIARY_WORDS = List.of("Group", "Holdings", "International");

  /** Words that say how a company is organised: never what makes a sister company. */
  static final List<String> ORGANISATIONAL =
      List.of("Group", "Holdings", "International", "Global");

  private NameVariants() {}

  /** A name split into its words and its trailing legal form. */
  record Parts(List<String> words, String form) {
    String join() {
      return String.join(" ", words) + (form.isEmpty() ? "" : " " + form);
    }
  }

  static Parts split(String name) {
    String plain = name.replace("\"", "").replace(",", "").trim();
    for (String form : LEGAL_FORMS) {
      if (plain.endsWith(" " + form)) {
        String words = plain.substring(0, plain.length() - form.length() - 1);
        return new Parts(List.of(words.split("\\s+")), form);
      }
    }
    return new Parts(List.of(plain.split("\\s+")), "");
  }

  static String legalForm(Parts parts, SplittableRandom rnd) {
    if (!parts.form().isEmpty() && Draws.chance(rnd, 0.4)) {
      return String.join(" ", parts.words());
    }
    return String.join(" ", parts.words()) + " " + Draws.pick(rnd, NEW_FORMS);
  }

  static String casing(Parts parts, SplittableRandom rnd) {
    String name = parts.join();
    return Draws.chance(rnd, 0.5)
        ? name.toUpperCase(Locale.ROOT)
        : name.toLowerCase(Locale.ROOT).replace(".", "");
  }

  /** Returns the name with one typo in its longest word, or null when no word is long enough. */
  static String typo(Parts parts, SplittableRandom rnd) {
    int longest = -1;
    for (int i = 0; i < parts.words().size(); i++) {
      String w = parts.words().get(i);
      if (w.length() >= 6 && (longest < 0 || w.length() > parts.words().get(longest).length())) {
        longest = i;
      }
    }
    if (longest < 0) {
      return null;
    }
    List<String> words = new ArrayList<>(parts.words());
    words.set(longest, misspell(words.get(longest), rnd));
    return new Parts(words, parts.form()).join();
  }

  private static String misspell(String word, SplittableRandom rnd) {
    int at = 1 + rnd.nextInt(word.length() - 2);
    StringBuilder w = new StringBuilder(word);
    switch (rnd.nextInt(3)) {
      case 0 -> w.deleteCharAt(at);
      case 1 -> {
        char c = w.charAt(at);
        w.setCharAt(at, w.charAt(at + 1));
        w.setCharAt(at + 1, c);
      }
      default -> w.setCharAt(at, (char) ('a' + rnd.nextInt(26)));
    }
    return w.toString();
  }

  /** Returns the name with a word abbreviated, or null when none can be. */
  static String abbreviation(Parts parts) {
    List<String> words = new ArrayList<>(parts.words());
    for (int i = 0; i < words.size(); i++) {
      if (ABBREVIATIONS.containsKey(words.get(i))) {
        words.set(i, ABBREVIATIONS.get(words.get(i)));
        return new Parts(words, parts.form()).join();
      }
    }
    return null;
  }

  /** Returns the name with its first two words swapped, or null with one word. */
  static String reordered(Parts parts) {
    if (parts.words().size() < 2) {
      return null;
    }
    List<String> words = new ArrayList<>(parts.words());
    words.set(0, parts.words().get(1));
    words.set(1, parts.words().get(0));
    return String.join(" ", words);
  }

  static String subsidiary(Parts parts, SplittableRandom rnd) {
    String word = Draws.pick(rnd, SUBSIDIARY_WORDS);
    return parts.words().contains(word) ? null : String.join(" ", parts.words()) + " " + word;
  }

  /** Folds a name to compare truths: lower case, letters and digits, no legal form or "the". */
  static String fold(String name) {
    List<String> words = new ArrayList<>(split(name).words());
    words.removeIf(w -> w.equalsIgnoreCase("the"));
    return String.join(" ", words).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }
}
