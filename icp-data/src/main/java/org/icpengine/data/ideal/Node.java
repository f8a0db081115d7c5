package org.icpengine.data.ideal;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A node of a parsed ideal expression. Each node writes itself as SQL, fully parenthesised, from
 * parts the parser checked: names come only from the column renderer, functions and types only from
 * the allow-lists, strings only through {@link org.icpengine.data.engine.Engine#literal}.
 */
sealed interface Node {
  /** Appends the node's SQL; {@code columns} turns a column reference into SQL. */
  void render(StringBuilder sql, Function<String, String> columns);

  /** A column named as the user wrote it (bare or double-quoted). */
  record Column(String name) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append(columns.apply(name));
    }
  }

  /** A literal already in its safe SQL form: a number, a quoted string, TRUE, DATE '…'. */
  record Literal(String sqlText) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append(sqlText);
    }
  }

  /** A prefix operator: NOT, - or +. */
  record Prefix(String operator, Node operand) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append('(').append(operator).append(operator.equals("NOT") ? " " : "");
      operand.render(sql, columns);
      sql.append(')');
    }
  }

  /** A postfix test: IS [NOT] NULL, IS [NOT] TRUE, IS [NOT] FALSE. */
  record Postfix(Node operand, String test) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append('(');
      operand.render(sql, columns);
      sql.append(' ').append(test).append(')');
    }
  }

  /** An infix operator: arithmetic, comparison, AND, OR, LIKE, IS DISTINCT FROM. */
  record Infix(String operator, Node left, Node right) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append('(');
      left.render(sql, columns);
      sql.append(' ').append(operator).append(' ');
      right.render(sql, columns);
      sql.append(')');
    }
  }

  /** {@code x [NOT] IN (a, b, …)}. */
  record In(Node operand, boolean negated, List<Node> items) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append('(');
      operand.render(sql, columns);
      sql.append(negated ? " NOT IN " : " IN ");
      list(sql, items, columns);
      sql.append(')');
    }
  }

  /** {@code x [NOT] BETWEEN low AND high}. */
  record Between(Node operand, boolean negated, Node low, Node high) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append('(');
      operand.render(sql, columns);
      sql.append(negated ? " NOT BETWEEN " : " BETWEEN ");
      low.render(sql, columns);
      sql.append(" AND ");
      high.render(sql, columns);
      sql.append(')');
    }
  }

  /** {@code CASE [subject] WHEN … THEN … [ELSE …] END}. */
  record Case(Optional<Node> subject, List<Node> whens, List<Node> thens, Optional<Node> otherwise)
      implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append("(CASE");
      subject.ifPresent(s -> s.render(sql.append(' '), columns));
      for (int i = 0; i < whens.size(); i++) {
        whens.get(i).render(sql.append(" WHEN "), columns);
        thens.get(i).render(sql.append(" THEN "), columns);
      }
      otherwise.ifPresent(o -> o.render(sql.append(" ELSE "), columns));
      sql.append(" END)");
    }
  }

  /** {@code CAST(x AS type)} or {@code TRY_CAST(x AS type)}; {@code ::} is written as CAST. */
  record Cast(Node operand, String type, boolean lenient) implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append(lenient ? "TRY_CAST(" : "CAST(");
      operand.render(sql, columns);
      sql.append(" AS ").append(type).append(')');
    }
  }

  /** A call of an allowed function, with its optional FILTER and OVER clauses. */
  record Call(
      String function,
      boolean distinct,
      List<Node> arguments,
      Optional<Node> filter,
      Optional<Window> over)
      implements Node {
    @Override
    public void render(StringBuilder sql, Function<String, String> columns) {
      sql.append(function).append(distinct ? "(DISTINCT " : "(");
      for (int i = 0; i < arguments.size(); i++) {
        arguments.get(i).render(sql.append(i == 0 ? "" : ", "), columns);
      }
      sql.append(')');
      filter.ifPresent(f -> f.render(sql.append(" FILTER (WHERE "), columns));
      filter.ifPresent(f -> sql.append(')'));
      over.ifPresent(w -> w.render(sql.append(" OVER "), columns));
    }
  }

  /**
   * A window: {@code (PARTITION BY … ORDER BY … [frame])}.
   *
   * @param frame the frame clause as checked keywords and whole numbers, or empty
   */
  record Window(List<Node> partitionBy, List<Node> orderBy, List<String> directions, String frame) {
    void render(StringBuilder sql, Function<String, String> columns) {
      sql.append('(');
      if (!partitionBy.isEmpty()) {
        sql.append("PARTITION BY ");
        for (int i = 0; i < partitionBy.size(); i++) {
          partitionBy.get(i).render(sql.append(i == 0 ? "" : ", "), columns);
        }
      }
      if (!orderBy.isEmpty()) {
        sql.append(partitionBy.isEmpty() ? "ORDER BY " : " ORDER BY ");
        for (int i = 0; i < orderBy.size(); i++) {
          orderBy.get(i).render(sql.append(i == 0 ? "" : ", "), columns);
          sql.append(directions.get(i));
        }
      }
      if (!frame.isEmpty()) {
        sql.append(partitionBy.isEmpty() && orderBy.isEmpty() ? "" : " ").append(frame);
      }
      sql.append(')');
    }
  }

  private static void list(StringBuilder sql, List<Node> items, Function<String, String> columns) {
    sql.append('(');
    for (int i = 0; i < items.size(); i++) {
      items.get(i).render(sql.append(i == 0 ? "" : ", "), columns);
    }
    sql.append(')');
  }
}
