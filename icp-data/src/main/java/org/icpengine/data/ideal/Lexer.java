package org.icpengine.data.ideal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an ideal expression into tokens, refusing at once what has no place in one: comments,
 * statement separators, positional column references, parameters, lists and other punctuation.
 */
final class Lexer {
  private static final List<String> OPERATORS =
      List.of(
          "::", "<=", ">=", "<>", "!=", "==", "||", "//", "=", "<", ">", "+", "-", "*", "/", "%",
          "^", "(", ")", ",");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int at;

  private Lexer(String text) {
    this.text = text;
  }

  /**
   * Returns the tokens of the expression, ending with an {@link Token.Kind#END} token.
   *
   * @throws org.icpengine.data.InputException on a character or construct that is not allowed
   */
  static List<Token> tokens(String text) {
    Lexer lexer = new Lexer(text);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    while (true) {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
      if (at >= text.length()) {
        tokens.add(new Token(Token.Kind.END, "", at));
        return;
      }
      next(text.charAt(at));
    }
  }

  private void next(char c) {
    refuseForbidden(c);
    if (c == '\'') {
      tokens.add(new Token(Token.Kind.STRING, quoted('\''), at));
    } else if (c == '"') {
      int start = at;
      String name = quoted('"');
      if (name.isEmpty()) {
        throw Refusals.syntax("an empty name \"\"", start);
      }
      tokens.add(new Token(Token.Kind.QUOTED_IDENTIFIER, name, start));
    } else if (digitAt(at) || (c == '.' && digitAt(at + 1))) {
      number();
    } else if (Character.isLetter(c) || c == '_') {
      int start = at;
      while (at < text.length()
          && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
        at++;
      }
      tokens.add(new Token(Token.Kind.IDENTIFIER, text.substring(start, at), start));
    } else {
      operator(c);
    }
  }

  private void refuseForbidden(char c) {
    if (text.startsWith("--", at) || text.startsWith("/*", at)) {
      throw Refusals.notAllowed("a comment (-- or /* */)");
    }
    switch (c) {
      case ';':
        throw Refusals.notAllowed("a second statement (;)");
      case '#':
        throw Refusals.notAllowed("a positional column reference (#1, #2, …)");
      case '$':
      case '?':
        throw Refusals.notAllowed("a parameter ($1 or ?)");
      case '[':
      case ']':
      case '{':
      case '}':
        throw Refusals.notAllowed("a list or struct ([ ] { })");
      case '.':
        if (!digitAt(at + 1)) {
          throw Refusals.notAllowed("a qualified name (table.column)");
        }
        break;
      default:
    }
  }

  private void operator(char c) {
    for (String operator : OPERATORS) {
      if (text.startsWith(operator, at)) {
        tokens.add(new Token(Token.Kind.OPERATOR, operator, at));
        at += operator.length();
        return;
      }
    }
    throw Refusals.notAllowed("the character '" + c + "'");
  }

  private String quoted(char quote) {
    int start = at;
    StringBuilder value = new StringBuilder();
    at++;
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c != quote) {
        value.append(c);
      } else if (at < text.length() && text.charAt(at) == quote) {
        value.append(quote);
        at++;
      } else {
        return value.toString();
      }
    }
    throw Refusals.syntax(
        quote == '\'' ? "a string that is never closed (')" : "a name that is never closed (\")",
        start);
  }

  private void number() {
    int start = at;
    while (digitAt(at)) {
      at++;
    }
    if (at < text.length() && text.charAt(at) == '.') {
      at++;
      while (digitAt(at)) {
        at++;
      }
    }
    if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
      int mark = at++;
      if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
        at++;
      }
      if (!digitAt(at)) {
        at = mark; // not an exponent: leave the letter to the next token
      }
      while (digitAt(at)) {
        at++;
      }
    }
    tokens.add(new Token(Token.Kind.NUMBER, text.substring(start, at), start));
  }

  private boolean digitAt(int index) {
    return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
  }
}
