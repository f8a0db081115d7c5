package org.icpengine.model.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's number parsing ({@code icp_num}) in Java: a plain number as the engine's cast reads
 * it, else a plain number with currency and thousands separators ({@link
 * ValuePatterns#SIMPLE_NUMBER}), else the full {@link ValuePatterns#NUMBER} with its suffixes,
 * ranges (the midpoint), open bands (the lower bound), percentages and units.
 */
public final class NumberText {
  private static final Pattern SIMPLE = EngineText.compile(ValuePatterns.SIMPLE_NUMBER);
  private static final Pattern FULL = EngineText.compile(ValuePatterns.NUMBER);

  private NumberText() {}

  /**
   * Returns the number a trimmed, non-placeholder text holds, or {@link Double#NaN} when it holds
   * none the engine reads.
   */
  public static double parse(String text) {
    double plain = cast(text);
    if (!Double.isNaN(plain)) {
      return plain;
    }
    if (SIMPLE.matcher(text).matches()) {
      StringBuilder digits = new StringBuilder(text.length());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != ',' && c != ' ' && c != '$' && c != '€' && c != '£' && c != '¥') {
          digits.append(c);
        }
      }
      return Double.parseDouble(digits.toString());
    }
    return parts(text);
  }

  /** The full pattern's parts: {@code icp_num_value(icp_num_parts(b))}. */
  private static double parts(String text) {
    Matcher m = FULL.matcher(EngineText.lower(text));
    if (!m.matches()) {
      return Double.NaN;
    }
    String n1 = group(m, 2);
    if (n1.isEmpty()) {
      return Double.NaN;
    }
    String s1 = group(m, 3);
    String n2 = group(m, 4);
    String s2 = group(m, 5);
    double value;
    if (n2.isEmpty()) {
      value = digits(n1) * multiplier(s1);
    } else {
      value =
          (digits(n1) * multiplier(s1.isEmpty() ? s2 : s1)
                  + digits(n2) * multiplier(s2.isEmpty() ? s1 : s2))
              / 2;
    }
    return "-".equals(group(m, 1)) ? -1 * value : value;
  }

  private static String group(Matcher m, int group) {
    String value = m.group(group);
    return value == null ? "" : value;
  }

  private static double digits(String number) {
    return Double.parseDouble(number.replace(",", ""));
  }

  private static double multiplier(String suffix) {
    switch (suffix) {
      case "k":
      case "thousand":
        return 1e3;
      case "m":
      case "mm":
      case "mn":
      case "million":
        return 1e6;
      case "b":
      case "bn":
      case "billion":
        return 1e9;
      default:
        return 1;
    }
  }

  /**
   * {@code icp_num_plain}: the engine's cast of text to a double, finite values only. The cast
   * skips white space around the number and one leading plus, reads an optional minus, digits with
   * an optional point and an optional exponent, and allows an underscore between two digits.
   */
  static double cast(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && space(text.charAt(i))) {
      i++;
    }
    if (i < n && text.charAt(i) == '+') {
      i++;
    }
    StringBuilder number = new StringBuilder(n - i);
    if (i < n && text.charAt(i) == '-') {
      number.append('-');
      i++;
    }
    int start = number.length();
    i = digits(text, i, number);
    int whole = number.length() - start;
    int fraction = 0;
    if (i < n && text.charAt(i) == '.') {
      number.append('.');
      int before = number.length();
      i = digits(text, i + 1, number);
      fraction = number.length() - before;
    }
    if (whole + fraction == 0) {
      return Double.NaN; // no digits: not a number, or inf or nan, which are not finite
    }
    if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int j = i + 1;
      StringBuilder exponent = new StringBuilder("e");
      if (j < n && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
        exponent.append(text.charAt(j));
        j++;
      }
      int length = exponent.length();
      int end = digits(text, j, exponent);
      if (exponent.length() > length) {
        number.append(exponent);
        i = end;
      }
    }
    while (i < n && space(text.charAt(i))) {
      i++;
    }
    if (i != n) {
      return Double.NaN;
    }
    double value = Double.parseDouble(number.toString());
    return Double.isFinite(value) ? value : Double.NaN;
  }

  /**
   * Appends the digits from {@code i}, dropping underscores between two digits; returns the end.
   */
  private static int digits(String text, int i, StringBuilder out) {
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
        i++;
      } else if (c == '_'
          && i > 0
          && digit(text.charAt(i - 1))
          && i + 1 < n
          && digit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean space(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }
}
