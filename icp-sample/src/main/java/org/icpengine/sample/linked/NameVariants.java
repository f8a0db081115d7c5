package org.icpengine.sample.linked;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.icpengine.sample.Draws;

/**
 * Writes a company's name the way another system's user typed it: upper-cased, without its legal
 * form, with the legal form spelled out or swapped, or without punctuation. Every variant equals
 * the account's name after case, punctuation and legal-form folding ({@link #fold}), so an exact
 * match after folding links it.
 */
final class NameVariants {
  /** Legal forms the sample writes, longest first so that "Pty Ltd" wins over "Ltd". */
  static final List<String> LEGAL_FORMS =
      List.of(
          "Private Limited",
          "Pty Ltd",
          "Pvt Ltd",
          "Corporation",
          "Incorporated",
          "Limited",
          "GmbH",
          "Corp.",
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

  private static final List<String> SPELLED_OUT =
      List.of("Corporation", "Incorporated", "Limited", "Corp", "Inc", "Ltd", "Corporation Ltd");

  private static final Pattern SEPARATORS = Pattern.compile("[,;&\\s]+");

  private NameVariants() {}

  /** A display name split into its words and its legal form (empty when it has none). */
  record Parts(String words, String legalForm) {}

  /** Splits a display name into words and a trailing legal form, dropping a separating comma. */
  static Parts split(String display) {
    for (String form : LEGAL_FORMS) {
      if (display.endsWith(" " + form)) {
        String words = display.substring(0, display.length() - form.length() - 1);
        return new Parts(
            words.endsWith(",") ? words.substring(0, words.length() - 1) : words, form);
      }
    }
    return new Parts(display, "");
  }

  /** Returns a variant of {@code display} that folds to the same name. */
  static String variant(String display, SplittableRandom rnd) {
    Parts parts = split(display);
    String plain = parts.words().replace("\"", "");
    switch (rnd.nextInt(5)) {
      case 0:
        return display.toUpperCase(Locale.ROOT);
      case 1:
        return plain;
      case 2:
        return plain + " " + Draws.pick(rnd, SPELLED_OUT);
      case 3:
        return (plain + " " + parts.legalForm()).trim().replace(".", "");
      default:
        return plain.toUpperCase(Locale.ROOT) + " " + Draws.pick(rnd, SPELLED_OUT);
    }
  }

  /**
   * Folds a company name for exact matching: lower-cased, dots and quotes dropped, other
   * punctuation as spaces, spaces collapsed, and trailing legal-form words removed.
   */
  static String fold(String name) {
    String folded = name.toLowerCase(Locale.ROOT).replace(".", "").replace("\"", "");
    folded = SEPARATORS.matcher(folded).replaceAll(" ").trim();
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      for (String form : FOLDED_FORMS) {
        if (folded.endsWith(" " + form)) {
          folded = folded.substring(0, folded.length() - form.length() - 1);
          dropped = true;
        }
      }
    }
    return folded;
  }

  private static final List<String> FOLDED_FORMS =
      List.of(
          "corporation",
          "incorporated",
          "private",
          "limited",
          "gmbh",
          "corp",
          "ltda",
          "bv",
          "sa",
          "sl",
          "inc",
          "llc",
          "ltd",
          "sas",
          "co",
          "plc",
          "ag",
          "pty",
          "pvt");
}
