package org.icpengine.data.ideal;

import java.util.Locale;

/**
 * One token of an ideal expression.
 *
 * @param kind what the token is
 * @param text the identifier, the number as written, the string's value, or the operator
 * @param position the 0-based offset of the token's first character in the expression
 */
record Token(Kind kind, String text, int position) {
  /** What a token is. */
  enum Kind {
    IDENTIFIER,
    QUOTED_IDENTIFIER,
    NUMBER,
    STRING,
    OPERATOR,
    END
  }

  /** Returns whether this is the bare word, ignoring case (never a quoted name). */
  boolean isWord(String word) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
  }

  /** Returns whether this is the operator or punctuation. */
  boolean is(String operator) {
    return kind == Kind.OPERATOR && text.equals(operator);
  }

  /** Returns the bare word in upper case, or an empty string for other tokens. */
  String word() {
    return kind == Kind.IDENTIFIER ? text.toUpperCase(Locale.ROOT) : "";
  }

  /** Describes the token for a message, never quoting a string literal's content. */
  String describe() {
    switch (kind) {
      case END:
        return "the end of the expression";
      case STRING:
        return "a string";
      case QUOTED_IDENTIFIER:
        return "the name \"" + abbreviate(text) + "\"";
      default:
        return "'" + abbreviate(text) + "'";
    }
  }

  /** At most 30 characters, control characters written as escapes so a message stays one line. */
  private static String abbreviate(String text) {
    String shown = text.length() <= 30 ? text : text.substring(0, 30) + "…";
    StringBuilder out = new StringBuilder(shown.length());
    shown
        .codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }
}
