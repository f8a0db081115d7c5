package org.icpengine.model.scoring;

import java.text.Normalizer;
import org.icpengine.model.clean.EngineText;

/**
 * The engine's folding key ({@link FitAttribute#KEY_MACRO}, {@code icp_key}) in Java: lower case,
 * accents stripped, only letters and numbers kept; a value with none of those keeps its
 * lower-cased, trimmed self. Category levels, items and disqualifiers are matched on it.
 */
public final class FoldingKey {
  private FoldingKey() {}

  /** Returns the folding key of a value, as {@code icp_key(value)}. */
  public static String of(String value) {
    int n = value.length();
    boolean ascii = true;
    for (int i = 0; i < n && ascii; i++) {
      ascii = value.charAt(i) < 0x80;
    }
    if (ascii) {
      StringBuilder key = null;
      for (int i = 0; i < n; i++) {
        char c = value.charAt(i);
        boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        boolean upper = c >= 'A' && c <= 'Z';
        if (kept || upper) {
          if (key == null) {
            key = new StringBuilder(n);
          }
          key.append(upper ? (char) (c + ('a' - 'A')) : c);
        }
      }
      return key == null ? EngineText.lower(EngineText.trim(value)) : key.toString();
    }
    String stripped = stripAccents(EngineText.lower(value));
    StringBuilder key = new StringBuilder(stripped.length());
    for (int i = 0; i < stripped.length(); ) {
      int cp = stripped.codePointAt(i);
      if (letterOrNumber(cp)) {
        key.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return key.length() == 0 ? EngineText.lower(EngineText.trim(value)) : key.toString();
  }

  /**
   * Returns the text with its accents stripped, as the engine's {@code strip_accents}: decomposes,
   * drops the marks, composes again.
   */
  public static String stripAccents(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      int type = Character.getType(cp);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK) {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return Normalizer.normalize(kept, Normalizer.Form.NFC);
  }

  /** The regular expression class {@code [\pL\pN]}. */
  private static boolean letterOrNumber(int cp) {
    switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER:
      case Character.LOWERCASE_LETTER:
      case Character.TITLECASE_LETTER:
      case Character.MODIFIER_LETTER:
      case Character.OTHER_LETTER:
      case Character.DECIMAL_DIGIT_NUMBER:
      case Character.LETTER_NUMBER:
      case Character.OTHER_NUMBER:
        return true;
      default:
        return false;
    }
  }
}
