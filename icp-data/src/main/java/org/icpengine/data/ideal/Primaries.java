package org.icpengine.data.ideal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The operands of an ideal expression: literals, column names, parentheses, CASE, CAST and calls of
 * allowed functions with their windows.
 */
final class Primaries {
  private static final List<String> INTERVAL_UNITS =
      List.of("YEAR", "MONTH", "WEEK", "DAY", "HOUR", "MINUTE", "SECOND");

  private final Parser parser;

  Primaries(Parser parser) {
    this.parser = parser;
  }

  Node primary() {
    Token token = parser.next();
    switch (token.kind()) {
      case NUMBER:
        return new Node.Literal(token.text());
      case STRING:
        return Parser.string(token.text());
      case QUOTED_IDENTIFIER:
        if (parser.peek().is("(")) {
          throw Refusals.notAllowed("calling a quoted name as a function");
        }
        return parser.column(token.text());
      case IDENTIFIER:
        return word(token);
      default:
        return punctuation(token);
    }
  }

  private Node punctuation(Token token) {
    if (token.is("(")) {
      if (parser.peek().word().equals("SELECT") || parser.peek().word().equals("WITH")) {
        throw Refusals.notAllowed("a subquery (SELECT)");
      }
      Node inner = parser.expression();
      parser.expect(")");
      return inner;
    }
    if (token.is("*")) {
      throw Refusals.notAllowed("* (every column)");
    }
    throw Refusals.unexpected(token);
  }

  private Node word(Token token) {
    String word = token.word();
    switch (word) {
      case "TRUE":
      case "FALSE":
      case "NULL":
        return new Node.Literal(word);
      case "CASE":
        return caseExpression();
      case "CAST":
      case "TRY_CAST":
        return cast(word.equals("TRY_CAST"));
      default:
    }
    if ((word.equals("DATE") || word.equals("TIMESTAMP"))
        && parser.peek().kind() == Token.Kind.STRING) {
      return new Node.Literal(word + " " + Parser.string(parser.next().text()).sqlText());
    }
    if (word.equals("INTERVAL") && isIntervalStart(parser.peek())) {
      return interval();
    }
    if (parser.peek().is("(")) {
      return call(token);
    }
    Parser.refuseKeyword(token);
    return parser.column(token.text());
  }

  private Node caseExpression() {
    Optional<Node> subject =
        parser.peek().isWord("WHEN") ? Optional.empty() : Optional.of(parser.expression());
    List<Node> whens = new ArrayList<>();
    List<Node> thens = new ArrayList<>();
    while (parser.acceptWord("WHEN")) {
      whens.add(parser.expression());
      parser.expectWord("THEN");
      thens.add(parser.expression());
    }
    if (whens.isEmpty()) {
      throw Refusals.expected("WHEN", parser.peek());
    }
    Optional<Node> otherwise =
        parser.acceptWord("ELSE") ? Optional.of(parser.expression()) : Optional.empty();
    parser.expectWord("END");
    return new Node.Case(subject, whens, thens, otherwise);
  }

  private Node cast(boolean lenient) {
    parser.expect("(");
    Node operand = parser.expression();
    parser.expectWord("AS");
    String type = parser.type();
    parser.expect(")");
    return new Node.Cast(operand, type, lenient);
  }

  private static boolean isIntervalStart(Token token) {
    return token.kind() == Token.Kind.STRING || token.kind() == Token.Kind.NUMBER;
  }

  private Node interval() {
    Token amount = parser.next();
    if (amount.kind() == Token.Kind.STRING) {
      return new Node.Literal("INTERVAL " + Parser.string(amount.text()).sqlText());
    }
    Token unit = parser.next();
    String name = unit.word().replaceAll("S$", "");
    if (!INTERVAL_UNITS.contains(name)) {
      throw Refusals.expected("a unit (" + String.join(", ", INTERVAL_UNITS) + ")", unit);
    }
    return new Node.Literal("INTERVAL " + amount.text() + " " + name);
  }

  private Node call(Token name) {
    String function = name.text().toLowerCase(Locale.ROOT);
    Parser.refuseKeyword(name);
    IdealFunctions.Kind kind =
        IdealFunctions.kind(function).orElseThrow(() -> Refusals.function(function));
    parser.expect("(");
    boolean distinct = parser.acceptWord("DISTINCT");
    List<Node> arguments = new ArrayList<>();
    if (parser.peek().is("*")) {
      throw Refusals.notAllowed("* (every column; count a column instead)");
    }
    if (!parser.accept(")")) {
      do {
        arguments.add(parser.expression());
      } while (parser.accept(","));
      parser.expect(")");
    }
    Optional<Node> filter = parser.optionalFilter();
    Optional<Node.Window> over =
        parser.acceptWord("OVER") ? Optional.of(new Windows(parser).window()) : Optional.empty();
    check(function, kind, distinct || filter.isPresent(), over.isPresent());
    return new Node.Call(function, distinct, arguments, filter, over);
  }

  private static void check(
      String function, IdealFunctions.Kind kind, boolean aggregateOnly, boolean windowed) {
    if (kind == IdealFunctions.Kind.SCALAR && (aggregateOnly || windowed)) {
      throw Refusals.notAllowed("DISTINCT, FILTER or OVER with the row function " + function);
    }
    if (kind != IdealFunctions.Kind.SCALAR && !windowed) {
      throw Refusals.notAllowed(
          function
              + "(…) without OVER (an ideal is decided row by row: write e.g. "
              + function
              + "(LTV) OVER ())");
    }
    if (kind == IdealFunctions.Kind.WINDOW && aggregateOnly) {
      throw Refusals.notAllowed("DISTINCT or FILTER with the window function " + function);
    }
  }
}
