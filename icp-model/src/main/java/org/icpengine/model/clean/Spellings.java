package org.icpengine.model.clean;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Folds the spellings of a categorical column to one canonical spelling per value. Two spellings
 * are the same value when they agree after lower-casing and dropping spaces, punctuation and
 * accents ("Health Tech", "healthtech", "Health-Tech"). The canonical spelling is the one most rows
 * use; a tie goes to the spelling with a leading capital that is not all capitals, then the
 * alphabetically first.
 */
public final class Spellings {
  private Spellings() {}

  /** Returns the folding key of a value: lower-case letters and digits only. */
  public static String key(String value) {
    String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      }
    }
    return key.length() == 0 ? value.strip().toLowerCase(Locale.ROOT) : key.toString();
  }

  /**
   * Returns the canonical spelling of each distinct value.
   *
   * @param counts each distinct (trimmed, non-missing) value and the number of rows using it
   * @return a map from every distinct value to its canonical spelling
   */
  public static Map<String, String> fold(Map<String, Long> counts) {
    Map<String, Map.Entry<String, Long>> best = new HashMap<>();
    for (Map.Entry<String, Long> entry : counts.entrySet()) {
      best.merge(key(entry.getKey()), entry, Spellings::better);
    }
    Map<String, String> canonical = new LinkedHashMap<>();
    for (String value : counts.keySet()) {
      canonical.put(value, best.get(key(value)).getKey());
    }
    return canonical;
  }

  private static Map.Entry<String, Long> better(
      Map.Entry<String, Long> a, Map.Entry<String, Long> b) {
    Comparator<Map.Entry<String, Long>> order =
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .thenComparingInt(e -> casing(e.getKey()))
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
    return order.compare(a, b) >= 0 ? a : b;
  }

  /** Ranks "Fintech" over "FINTECH" over "fintech" when as many rows use each. */
  private static int casing(String value) {
    boolean leadingCapital = !value.isEmpty() && Character.isUpperCase(value.charAt(0));
    boolean allCapitals = value.equals(value.toUpperCase(Locale.ROOT));
    if (leadingCapital && !allCapitals) {
      return 2;
    }
    return allCapitals ? 1 : 0;
  }
}
