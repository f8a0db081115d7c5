package org.icpengine.model.clean;

import java.util.regex.Pattern;

/**
 * The engine's text primitives in Java, character for character: its {@code lower} (simple
 * lower-case mapping, one code point at a time), its {@code trim} (Unicode space separators), the
 * byte length of {@code strlen}, and its regular expressions (RE2, where {@code \s} is only space,
 * tab, line feed, form feed and carriage return, {@code .} stops only at a line feed and {@code $}
 * is only the end of the text).
 */
public final class EngineText {
  private EngineText() {}

  /** Returns the text lower-cased as the engine's {@code lower} does. */
  public static String lower(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder lower = new StringBuilder(n);
    lower.append(text, 0, i);
    while (i < n) {
      int cp = text.codePointAt(i);
      lower.appendCodePoint(Character.toLowerCase(cp));
      i += Character.charCount(cp);
    }
    return lower.toString();
  }

  /** Returns the text without leading and trailing Unicode space separators, as {@code trim(s)}. */
  public static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end) {
      int cp = text.codePointAt(start);
      if (Character.getType(cp) != Character.SPACE_SEPARATOR) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = text.codePointBefore(end);
      if (Character.getType(cp) != Character.SPACE_SEPARATOR) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(start, end);
  }

  /** Returns whether the text is longer than {@code max} bytes in UTF-8, as {@code strlen}. */
  static boolean longerThan(String text, int max) {
    if (text.length() > max) {
      return true;
    }
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes > max;
  }

  /**
   * Compiles one of the engine's regular expressions for Java so that it matches the same texts
   * with the same groups: {@code \s} becomes the engine's five white-space characters and only a
   * line feed ends a line. Use {@link java.util.regex.Matcher#matches()} for anchored patterns.
   *
   * @throws IllegalArgumentException for {@code \S} inside a character class, which has no
   *     translation here
   */
  public static Pattern compile(String re2) {
    StringBuilder java = new StringBuilder(re2.length() + 32);
    boolean inClass = false;
    for (int i = 0; i < re2.length(); i++) {
      char c = re2.charAt(i);
      if (c == '\\' && i + 1 < re2.length()) {
        char next = re2.charAt(++i);
        if (next == 's') {
          java.append(inClass ? " \\t\\n\\f\\r" : "[ \\t\\n\\f\\r]");
        } else if (next == 'S' && !inClass) {
          java.append("[^ \\t\\n\\f\\r]");
        } else if (next == 'S') {
          throw new IllegalArgumentException("\\S inside a character class: " + re2);
        } else {
          java.append(c).append(next);
        }
        continue;
      }
      if (c == '[' && !inClass) {
        inClass = true;
      } else if (c == ']' && inClass) {
        inClass = false;
      }
      java.append(c);
    }
    return Pattern.compile(java.toString(), Pattern.UNIX_LINES);
  }
}
