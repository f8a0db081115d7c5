package org.icpengine.model.clean;

/**
 * The patterns and words of value cleaning, one definition for the engine's SQL macros (icp-data's
 * {@code CleaningSql}) and the Java cleaning ({@link ValueCleaner}, {@link NumberText}), so the two
 * cannot drift apart. Patterns are RE2 syntax, compiled in Java by {@link EngineText#compile}.
 */
public final class ValuePatterns {
  /** Recognised multipliers after a number: k, m, mm, bn and their words. */
  private static final String SUFFIX = "(k|thousand|mm|mn|m|million|bn|b|billion)?";

  private static final String CURRENCY = "(?:[$€£¥]|usd|eur|gbp|us\\$|cad|aud|chf)?";

  private static final String DIGITS =
      "((?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|\\.[0-9]+)";

  /**
   * A number with optional approximation mark, sign, currency, thousands separators, suffix, a
   * second number making a range, a trailing plus making an open band, a percent sign and a unit. A
   * unit word must follow a space, so that "12 months" is 12, not 12 million; the pattern has no
   * word boundary, which would keep the engine's regular expressions off their fast path.
   */
  public static final String NUMBER =
      "^(?:approx\\.?|about|around|~|≈|>|<|>=|<=)?\\s*([-+]?)\\s*"
          + CURRENCY
          + "\\s*"
          + DIGITS
          + "\\s*"
          + SUFFIX
          + "(?:\\s*(?:-|–|—|to)\\s*"
          + CURRENCY
          + "\\s*"
          + DIGITS
          + "\\s*"
          + SUFFIX
          + ")?\\s*(\\+)?\\s*(%)?(?:\\s+[a-z€$£][a-z .()/€$£]*)?$";

  /** A plain number with optional sign, currency symbol and thousands separators. */
  public static final String SIMPLE_NUMBER =
      "[-+]?[$€£¥]? ?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?";

  /** A web address, e-mail address or bare host; group 1 is the host without "www.". */
  public static final String DOMAIN =
      "^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/\\s]*@)?(?:www[0-9]?\\.)?"
          + "([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,})\\.?(?::[0-9]+)?(?:[/?#].*)?$";

  /** Spellings read as true, lower case; matching ignores case. */
  public static final java.util.Set<String> TRUE_WORDS =
      java.util.Set.of(
          "true",
          "t",
          "yes",
          "y",
          "1",
          "x",
          "checked",
          "on",
          "won",
          "closed won",
          "closedwon",
          "ja",
          "oui",
          "si");

  /** Spellings read as false, lower case; matching ignores case. */
  public static final java.util.Set<String> FALSE_WORDS =
      java.util.Set.of(
          "false",
          "f",
          "no",
          "n",
          "0",
          "unchecked",
          "off",
          "lost",
          "closed lost",
          "closedlost",
          "nein",
          "non");

  /** The separator of multi-valued cells that also use commas between items. */
  public static final String ANY_SEPARATOR = "\\s*[;|,]\\s*";

  private ValuePatterns() {}
}
