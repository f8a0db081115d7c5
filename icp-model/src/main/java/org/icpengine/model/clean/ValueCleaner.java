package org.icpengine.model.clean;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.icpengine.core.column.ValueType;

/**
 * Cleans one value in Java exactly as the engine's cleaning macros ({@code CleaningSql} (icp-data))
 * and {@link ValueExpressions} clean a cell of a file being scored: the text is trimmed ({@code
 * icp_trim}), placeholders become missing, and the rest is read by type. Methods return {@code
 * null} for a missing or unreadable value.
 *
 * <p>Values may also come from JSON: a {@link Number} is a number (and, for other types, the text a
 * file would hold), a {@link Boolean} a yes/no value, a {@link Collection} or array the items of a
 * multi-valued cell (joined with "; " and read like a cell), anything else its {@code toString()}.
 *
 * <p>A category or country is not folded to the spelling most rows of a file use, as scoring a file
 * does: scoring compares folding keys, which that folding never changes.
 */
public final class ValueCleaner {
  private static final Pattern SET_SEPARATOR = EngineText.compile(ValuePatterns.ANY_SEPARATOR);
  private static final Pattern DOMAIN = EngineText.compile(ValuePatterns.DOMAIN);
  private static final Set<String> PLACEHOLDERS = Set.copyOf(Placeholders.VALUES);

  private ValueCleaner() {}

  /**
   * Trims as {@code icp_trim}: Unicode space separators, or, when the text holds a tab, line break
   * or non-breaking space, exactly spaces, tabs, line breaks and non-breaking spaces.
   */
  public static String trim(String raw) {
    boolean special = false;
    for (int i = 0; i < raw.length() && !special; i++) {
      char c = raw.charAt(i);
      special = c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
    }
    if (!special) {
      return EngineText.trim(raw);
    }
    int start = 0;
    int end = raw.length();
    while (start < end && trimmed(raw.charAt(start))) {
      start++;
    }
    while (end > start && trimmed(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  private static boolean trimmed(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0';
  }

  /** Returns the trimmed text, or {@code null} when it is empty or a placeholder ("N/A", "-"). */
  public static String blank(String raw) {
    if (raw == null) {
      return null;
    }
    String t = trim(raw);
    if (t.isEmpty()) {
      return null;
    }
    if (EngineText.longerThan(t, Placeholders.MAX_LENGTH)) {
      return t;
    }
    return PLACEHOLDERS.contains(EngineText.lower(t)) ? null : t;
  }

  /**
   * Returns the text a file would hold for a value: a string as it is, a whole number without a
   * decimal point, another number in plain notation, items joined with "; ".
   */
  public static String text(Object value) {
    if (value == null || value instanceof String) {
      return (String) value;
    }
    if (value instanceof Integer
        || value instanceof Long
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      if (!Double.isFinite(d)) {
        return null;
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return new BigDecimal(Double.toString(d)).toPlainString();
    }
    if (value instanceof Collection<?> || value instanceof Object[]) {
      Iterable<?> items =
          value instanceof Object[] ? List.of((Object[]) value) : (Collection<?>) value;
      StringBuilder joined = new StringBuilder();
      for (Object item : items) {
        String text = text(item);
        if (text != null) {
          joined.append(joined.length() == 0 ? "" : "; ").append(text);
        }
      }
      return joined.toString();
    }
    return value.toString();
  }

  /** Returns a number ({@code icp_num}), or {@code null} when missing or unreadable. */
  public static Double number(Object value) {
    double number = toDouble(value);
    return Double.isNaN(number) ? null : number;
  }

  /** As {@link #number(Object)}, with {@link Double#NaN} for a missing or unreadable value. */
  public static double toDouble(Object value) {
    if (value instanceof Number && !(value instanceof BigDecimal || value instanceof BigInteger)) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? d : Double.NaN;
    }
    String b = blank(text(value));
    return b == null ? Double.NaN : NumberText.parse(b);
  }

  /** Returns yes or no ({@code icp_bool}: "yes", "Y", "TRUE", "1", "won", ...), else null. */
  public static Boolean bool(Object value) {
    if (value instanceof Boolean) {
      return (Boolean) value;
    }
    String b = blank(text(value));
    if (b == null) {
      return null;
    }
    String lower = EngineText.lower(b);
    if (ValuePatterns.TRUE_WORDS.contains(lower)) {
      return Boolean.TRUE;
    }
    return ValuePatterns.FALSE_WORDS.contains(lower) ? Boolean.FALSE : null;
  }

  /** Returns a category: the trimmed text, or null when missing. */
  public static String category(Object value) {
    return blank(text(value));
  }

  /** Returns a country under its canonical name when recognised, else as written; null if none. */
  public static String country(Object value) {
    String b = blank(text(value));
    return b == null ? null : Countries.canonical(b).orElse(b);
  }

  /** Returns a web domain: the bare lower-case host ({@code icp_domain}), or null. */
  public static String domain(Object value) {
    String b = blank(text(value));
    if (b == null) {
      return null;
    }
    java.util.regex.Matcher m = DOMAIN.matcher(EngineText.lower(b));
    if (!m.matches()) {
      return null;
    }
    String host = m.group(1);
    int end = host.length();
    while (end > 0 && host.charAt(end - 1) == '.') {
      end--;
    }
    return end == 0 ? null : host.substring(0, end);
  }

  /**
   * Returns the items of a multi-valued cell, split on semicolons, pipes and commas as when scoring
   * a file, without empty items or repeats, sorted; {@code null} when the cell is missing (an empty
   * list when it holds only separators).
   */
  public static List<String> items(Object value) {
    String[] parts = split(value);
    if (parts == null) {
      return null;
    }
    Set<String> items = new TreeSet<>();
    for (String part : parts) {
      if (!part.isEmpty()) {
        items.add(part);
      }
    }
    return List.copyOf(items);
  }

  /** The cell split on the separator, empty items kept; null when the cell is missing. */
  static String[] split(Object value) {
    String b = blank(text(value));
    return b == null ? null : SET_SEPARATOR.split(b, -1);
  }

  /**
   * Cleans a value to its type: a {@link Double}, {@link Boolean}, {@link String} or list of
   * strings; dates are not parsed and come back as trimmed text.
   */
  public static Object clean(Object value, ValueType type) {
    switch (type) {
      case NUMBER:
        return number(value);
      case BOOLEAN:
        return bool(value);
      case COUNTRY:
        return country(value);
      case SET:
        return items(value);
      case DOMAIN:
        return domain(value);
      default:
        return category(value);
    }
  }

  /** Returns the non-empty items of a multi-valued cell in cell order, or null when missing. */
  public static List<String> itemsInOrder(Object value) {
    String[] parts = split(value);
    if (parts == null) {
      return null;
    }
    List<String> items = new ArrayList<>(parts.length);
    for (String part : parts) {
      if (!part.isEmpty()) {
        items.add(part);
      }
    }
    return items;
  }
}
