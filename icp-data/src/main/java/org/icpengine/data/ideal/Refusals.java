package org.icpengine.data.ideal;

import org.icpengine.data.InputException;

/**
 * The one-line messages for an ideal expression that cannot be used. They name what is wrong and
 * what is allowed, and never quote a string literal of the expression.
 */
final class Refusals {
  /** What an ideal may contain, for every refusal. */
  static final String ALLOWED =
      "use column names, literals, operators (= <> < > + - * / AND OR NOT IN BETWEEN LIKE IS"
          + " NULL), CASE, CAST and functions such as lower, round, coalesce, date_diff or"
          + " quantile_cont(LTV, 0.75) OVER ()";

  private static final String EXAMPLE =
      "write a SQL boolean expression, e.g. \"ltv >= 10000 AND churned = 'no'\"";

  private Refusals() {}

  /** Refuses a construct the language does not allow. */
  static InputException notAllowed(String what) {
    return new InputException("invalid --ideal: " + what + " is not allowed; " + ALLOWED);
  }

  /** Refuses a function that is not on the allow-list. */
  static InputException function(String name) {
    return notAllowed("function " + abbreviate(name));
  }

  /** Refuses malformed input at a 0-based position. */
  static InputException syntax(String problem, int position) {
    return new InputException(
        "invalid --ideal: " + problem + " at character " + (position + 1) + ": " + EXAMPLE);
  }

  /** Refuses a token that cannot stand where it is. */
  static InputException unexpected(Token token) {
    return syntax("unexpected " + token.describe(), token.position());
  }

  /** Refuses a token where something else was expected. */
  static InputException expected(String what, Token found) {
    return syntax("expected " + what + " but found " + found.describe(), found.position());
  }

  private static String abbreviate(String text) {
    return text.length() <= 30 ? text : text.substring(0, 30) + "…";
  }
}
