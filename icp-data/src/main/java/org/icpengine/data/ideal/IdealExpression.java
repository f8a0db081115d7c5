package org.icpengine.data.ideal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.icpengine.data.InputException;

/**
 * A parsed ideal expression: the user's boolean condition over a file's columns, checked against
 * the language's allow-list and written back as SQL by {@link #toSql}, so the user's text never
 * reaches the engine. The language: column names (bare, or in double quotes), numbers, strings in
 * single quotes, TRUE/FALSE/NULL, {@code DATE '…'}, {@code TIMESTAMP '…'} and {@code INTERVAL};
 * arithmetic, comparison, AND/OR/NOT, IS [NOT] NULL, [NOT] IN (…), [NOT] BETWEEN, [NOT] LIKE/ILIKE,
 * CASE, CAST/TRY_CAST and {@code ::} to the types of {@link CastTypes}; and the functions of {@link
 * IdealFunctions}, aggregates and window functions with OVER (PARTITION BY … ORDER BY …).
 * Everything else is refused: subqueries, table functions, {@code #N}, parameters, {@code ;},
 * comments, {@code *}, unknown functions.
 */
public final class IdealExpression {
  /** Longer expressions are refused; an ideal is a short business rule. */
  public static final int MAX_LENGTH = 4000;

  private final Node root;
  private final List<String> columns;

  private IdealExpression(Node root, List<String> columns) {
    this.root = root;
    this.columns = List.copyOf(columns);
  }

  /**
   * Parses an expression.
   *
   * @throws InputException with a one-line message on anything outside the language
   */
  public static IdealExpression parse(String text) {
    if (text.isBlank()) {
      throw new InputException(
          "invalid --ideal: the expression is empty: write a SQL boolean expression, e.g."
              + " \"ltv >= 10000 AND churned = 'no'\"");
    }
    if (text.length() > MAX_LENGTH) {
      throw Refusals.notAllowed("an expression longer than " + MAX_LENGTH + " characters");
    }
    List<String> columns = new ArrayList<>();
    Node root = Parser.parse(Lexer.tokens(text), columns);
    return new IdealExpression(root, columns);
  }

  /** Returns the column names the expression reads, as written, each once (ignoring case). */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the expression as SQL, fully parenthesised.
   *
   * @param columnSql turns each column name, as written, into its SQL (quoted by the caller)
   */
  public String toSql(Function<String, String> columnSql) {
    StringBuilder sql = new StringBuilder();
    root.render(sql, columnSql);
    return sql.toString();
  }
}
