package org.icpengine.data.ideal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.engine.Engine;

/**
 * Parses the tokens of an ideal expression by recursive descent, with the engine's precedence (from
 * loosest: OR, AND, NOT, IS, comparisons, BETWEEN/IN/LIKE, ||, + -, * / % //, ^, unary minus, ::).
 * Anything outside the language is refused with a one-line {@link
 * org.icpengine.data.InputException}.
 */
final class Parser {
  /** Deeper nesting than this is refused rather than risk the stack. */
  static final int MAX_DEPTH = 64;

  private static final Set<String> COMPARISONS =
      Set.of("=", "==", "<>", "!=", "<", "<=", ">", ">=");
  private static final Set<String> QUERY_WORDS =
      Set.of("SELECT", "FROM", "WITH", "UNION", "EXCEPT", "INTERSECT", "VALUES", "TABLE");
  private static final Set<String> RESERVED =
      Set.of(
          "AND",
          "OR",
          "NOT",
          "IS",
          "IN",
          "BETWEEN",
          "LIKE",
          "ILIKE",
          "WHEN",
          "THEN",
          "ELSE",
          "END",
          "AS",
          "DISTINCT",
          "OVER",
          "FILTER",
          "WHERE",
          "BY",
          "ORDER",
          "PARTITION");

  private final List<Token> tokens;
  private final List<String> columns;
  private int at;
  private int depth;

  private Parser(List<Token> tokens, List<String> columns) {
    this.tokens = tokens;
    this.columns = columns;
  }

  /** Parses a whole expression, collecting the column names it reads into {@code columns}. */
  static Node parse(List<Token> tokens, List<String> columns) {
    Parser parser = new Parser(tokens, columns);
    Node root = parser.expression();
    if (parser.peek().kind() != Token.Kind.END) {
      throw Refusals.unexpected(parser.peek());
    }
    return root;
  }

  Node expression() {
    if (++depth > MAX_DEPTH) {
      throw Refusals.notAllowed("nesting deeper than " + MAX_DEPTH + " levels");
    }
    try {
      return or();
    } finally {
      depth--;
    }
  }

  private Node or() {
    Node left = and();
    while (acceptWord("OR")) {
      left = new Node.Infix("OR", left, and());
    }
    return left;
  }

  private Node and() {
    Node left = not();
    while (acceptWord("AND")) {
      left = new Node.Infix("AND", left, not());
    }
    return left;
  }

  private Node not() {
    int nots = 0;
    while (acceptWord("NOT")) {
      nots++;
    }
    Node operand = is();
    for (int i = 0; i < nots; i++) {
      operand = new Node.Prefix("NOT", operand);
    }
    return operand;
  }

  private Node is() {
    Node left = comparison();
    while (acceptWord("IS")) {
      String not = acceptWord("NOT") ? "NOT " : "";
      if (acceptWord("DISTINCT")) {
        expectWord("FROM");
        left = new Node.Infix("IS " + not + "DISTINCT FROM", left, comparison());
      } else if (peek().isWord("NULL") || peek().isWord("TRUE") || peek().isWord("FALSE")) {
        left = new Node.Postfix(left, "IS " + not + next().word());
      } else {
        throw Refusals.expected("NULL, TRUE, FALSE or DISTINCT FROM after IS", peek());
      }
    }
    return left;
  }

  private Node comparison() {
    Node left = predicate();
    while (peek().kind() == Token.Kind.OPERATOR && COMPARISONS.contains(peek().text())) {
      String operator = next().text();
      String written = operator.equals("==") ? "=" : operator.equals("!=") ? "<>" : operator;
      left = new Node.Infix(written, left, predicate());
    }
    return left;
  }

  private Node predicate() {
    Node left = concat();
    boolean negated = peek().isWord("NOT") && isPredicateWord(peekAt(1));
    if (negated) {
      next();
    }
    if (acceptWord("BETWEEN")) {
      Node low = concat();
      expectWord("AND");
      return new Node.Between(left, negated, low, concat());
    }
    if (acceptWord("IN")) {
      return new Node.In(left, negated, parenthesisedList());
    }
    if (peek().isWord("LIKE") || peek().isWord("ILIKE")) {
      String operator = (negated ? "NOT " : "") + next().word();
      return new Node.Infix(operator, left, concat());
    }
    return left;
  }

  private static boolean isPredicateWord(Token token) {
    return token.isWord("BETWEEN")
        || token.isWord("IN")
        || token.isWord("LIKE")
        || token.isWord("ILIKE");
  }

  private Node concat() {
    Node left = additive();
    while (accept("||")) {
      left = new Node.Infix("||", left, additive());
    }
    return left;
  }

  private Node additive() {
    Node left = multiplicative();
    while (peek().is("+") || peek().is("-")) {
      String operator = next().text();
      left = new Node.Infix(operator, left, multiplicative());
    }
    return left;
  }

  private Node multiplicative() {
    Node left = power();
    while (peek().is("*") || peek().is("/") || peek().is("//") || peek().is("%")) {
      String operator = next().text();
      left = new Node.Infix(operator, left, power());
    }
    return left;
  }

  private Node power() {
    Node left = unary();
    while (accept("^")) {
      left = new Node.Infix("^", left, unary());
    }
    return left;
  }

  private Node unary() {
    List<String> signs = new ArrayList<>();
    while (peek().is("-") || peek().is("+")) {
      signs.add(next().text());
    }
    Node operand = new Primaries(this).primary();
    while (accept("::")) {
      operand = new Node.Cast(operand, type(), false);
    }
    for (int i = signs.size() - 1; i >= 0; i--) {
      operand = new Node.Prefix(signs.get(i), operand);
    }
    return operand;
  }

  /** Reads an allowed type name, with DECIMAL's optional precision and scale. */
  String type() {
    Token name = next();
    String type =
        CastTypes.named(name.word())
            .orElseThrow(
                () ->
                    name.kind() == Token.Kind.IDENTIFIER
                        ? Refusals.notAllowed(
                            "the type " + name.describe() + " (allowed: " + CastTypes.names() + ")")
                        : Refusals.expected("a type name", name));
    if (CastTypes.takesPrecision(type) && accept("(")) {
      String precision = number("a precision");
      String scale = accept(",") ? ", " + number("a scale") : "";
      expect(")");
      return type + "(" + precision + scale + ")";
    }
    return type;
  }

  private String number(String what) {
    Token token = next();
    if (token.kind() != Token.Kind.NUMBER || !token.text().matches("[0-9]{1,2}")) {
      throw Refusals.expected(what + " (a whole number)", token);
    }
    return token.text();
  }

  /** Reads {@code (a, b, …)} of one or more expressions. */
  List<Node> parenthesisedList() {
    expect("(");
    if (peek().word().equals("SELECT") || peek().word().equals("WITH")) {
      throw Refusals.notAllowed("a subquery (SELECT)");
    }
    List<Node> items = new ArrayList<>();
    do {
      items.add(expression());
    } while (accept(","));
    expect(")");
    return items;
  }

  /** Records a column reference. */
  Node column(String name) {
    if (columns.stream().noneMatch(c -> c.equalsIgnoreCase(name))) {
      columns.add(name);
    }
    return new Node.Column(name);
  }

  /** Returns a string literal's SQL. */
  static Node.Literal string(String value) {
    return new Node.Literal(Engine.literal(value));
  }

  /** Refuses query keywords and reserved words where an operand is expected. */
  static void refuseKeyword(Token token) {
    if (QUERY_WORDS.contains(token.word())) {
      throw Refusals.notAllowed("a subquery or statement (" + token.word() + ")");
    }
    if (RESERVED.contains(token.word())) {
      throw Refusals.unexpected(token);
    }
  }

  Optional<Node> optionalFilter() {
    if (!acceptWord("FILTER")) {
      return Optional.empty();
    }
    expect("(");
    expectWord("WHERE");
    Node condition = expression();
    expect(")");
    return Optional.of(condition);
  }

  Token peek() {
    return tokens.get(at);
  }

  Token peekAt(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  Token next() {
    Token token = tokens.get(at);
    if (token.kind() != Token.Kind.END) {
      at++;
    }
    return token;
  }

  boolean accept(String operator) {
    if (peek().is(operator)) {
      at++;
      return true;
    }
    return false;
  }

  boolean acceptWord(String word) {
    if (peek().isWord(word)) {
      at++;
      return true;
    }
    return false;
  }

  void expect(String operator) {
    if (!accept(operator)) {
      throw Refusals.expected("'" + operator + "'", peek());
    }
  }

  void expectWord(String word) {
    if (!acceptWord(word)) {
      throw Refusals.expected(word, peek());
    }
  }
}
