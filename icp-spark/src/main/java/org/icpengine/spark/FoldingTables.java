package org.icpengine.spark;

import java.text.Normalizer;
import org.icpengine.model.scoring.FoldingKey;

/**
 * Character tables for Spark's {@code translate}, so that folding keys are computed natively: each
 * character of the Basic Multilingual Plane mapped to what the Java folding gives it alone.
 */
final class FoldingTables {
  /** Lower case and accents stripped, one character to one ({@code FoldingKey}). */
  static final String FOLD_FROM;

  static final String FOLD_TO;

  /** NFKD letters and digits, lower case ({@code Spellings.key}); the tail of FROM is deleted. */
  static final String SPELLING_FROM;

  static final String SPELLING_TO;

  static {
    StringBuilder from = new StringBuilder();
    StringBuilder to = new StringBuilder();
    for (char c = 1; c < Character.MIN_SURROGATE; c++) {
      String folded =
          FoldingKey.stripAccents(String.valueOf(Character.toChars(Character.toLowerCase(c))));
      if (folded.length() == 1 && folded.charAt(0) != c) {
        from.append(c);
        to.append(folded);
      }
    }
    FOLD_FROM = from.toString();
    FOLD_TO = to.toString();
    from.setLength(0);
    to.setLength(0);
    StringBuilder deleted = new StringBuilder();
    for (char c = 1; c < Character.MIN_SURROGATE; c++) {
      String kept = letters(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD));
      if (kept.length() == 1 && kept.charAt(0) != c) {
        from.append(c);
        to.append(kept);
      } else if (kept.isEmpty() && Character.isLetterOrDigit(c)) {
        deleted.append(c);
      }
    }
    SPELLING_FROM = from.append(deleted).toString();
    SPELLING_TO = to.toString();
  }

  private FoldingTables() {}

  private static String letters(String text) {
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        kept.append(Character.toLowerCase(c));
      }
    }
    return kept.toString();
  }
}
