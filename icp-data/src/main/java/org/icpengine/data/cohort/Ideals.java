package org.icpengine.data.cohort;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.Dataset;
import org.icpengine.data.InputException;
import org.icpengine.data.clean.CleanedTable;
import org.icpengine.data.engine.EngineException;
import org.icpengine.data.ideal.IdealExpression;
import org.icpengine.data.profile.ColumnProfile;

/**
 * Evaluates the ideal definition: the user's {@code --ideal} expression, or the documented default.
 * The result is a table {@link #FLAGS} with one boolean per row, in row order.
 */
public final class Ideals {
  /** The engine table of ideal flags, keyed by {@link CleanedTable#ROW}. */
  public static final String FLAGS = "ideal_flags";

  private Ideals() {}

  /**
   * Evaluates the user's expression, or the default when it is absent. The expression is parsed and
   * checked by {@link IdealExpression} and written back as SQL; text columns compare ignoring case.
   *
   * @throws InputException when the expression is invalid or not allowed, names unknown columns, or
   *     marks no row or every row ideal
   */
  public static IdealDefinition evaluate(Dataset dataset, Optional<String> expression) {
    if (expression.isPresent() && !expression.get().isBlank()) {
      String text = expression.get().strip();
      IdealExpression parsed = IdealExpression.parse(text);
      List<String> read = IdealColumns.read(dataset, parsed);
      String sql =
          parsed.toSql(
              reference ->
                  IdealInput.columnSql(
                      dataset, IdealColumns.resolve(dataset.columns(), reference)));
      flag(dataset, sql, read);
      return counted(dataset, text, "accounts where " + text, false, read);
    }
    return defaultDefinition(dataset);
  }

  /**
   * Counts the accounts the user's expression marks ideal, parsed and checked by {@link
   * IdealExpression} as in {@link #evaluate}, but without refusing an expression that marks no row
   * or every row.
   *
   * @throws InputException when the expression is invalid or not allowed, or names unknown columns
   */
  public static IdealCount count(Dataset dataset, String expression) {
    String text = expression.strip();
    if (text.isEmpty()) {
      throw new InputException("the ideal definition is empty: pick an outcome or write one");
    }
    IdealExpression parsed = IdealExpression.parse(text);
    List<String> read = IdealColumns.read(dataset, parsed);
    String sql =
        parsed.toSql(
            reference ->
                IdealInput.columnSql(dataset, IdealColumns.resolve(dataset.columns(), reference)));
    flag(dataset, sql, read);
    long ideal =
        dataset.engine().queryOne("SELECT count_if(ideal) FROM " + FLAGS, r -> r.getLong(1));
    return new IdealCount(text, ideal, dataset.rows());
  }

  private static IdealDefinition defaultDefinition(Dataset dataset) {
    Optional<ColumnProfile> won = outcome(dataset, ValueType.BOOLEAN, OutcomeKind.WON);
    if (won.isPresent()) {
      String name = won.get().name();
      return run(
          dataset,
          quote(name),
          "accounts where " + name + " is yes (default: the won/converted column)",
          true,
          List.of(name));
    }
    Optional<ColumnProfile> value =
        outcome(dataset, ValueType.NUMBER, OutcomeKind.LTV)
            .or(() -> outcome(dataset, ValueType.NUMBER, OutcomeKind.REVENUE));
    if (value.isEmpty()) {
      throw new InputException(
          "no ideal definition: the file has no won/converted column and no LTV or revenue"
              + " column; give one with --ideal, e.g. --ideal \"plan = 'Enterprise'\"");
    }
    return DefaultIdeal.topQuartile(
        dataset,
        value.get(),
        outcome(dataset, ValueType.BOOLEAN, OutcomeKind.CHURNED),
        outcome(dataset, ValueType.NUMBER, OutcomeKind.CAC));
  }

  static Optional<ColumnProfile> outcome(Dataset dataset, ValueType type, OutcomeKind kind) {
    return dataset.columnsWithRole(ColumnRole.OUTCOME).stream()
        .filter(c -> c.meaning().isOutcome(kind) && c.meaning().type() == type)
        .filter(c -> c.missing() < c.rows())
        .findFirst();
  }

  /** Evaluates one of the product's own definitions, given as SQL over {@link IdealInput}. */
  static IdealDefinition run(
      Dataset dataset, String sql, String description, boolean isDefault, List<String> read) {
    flag(dataset, sql, read);
    return counted(dataset, sql, description, isDefault, read);
  }

  private static void flag(Dataset dataset, String sql, List<String> read) {
    flagRows(dataset, new RowFlags(sql, read, FLAGS, "ideal", "--ideal"));
  }

  /**
   * A boolean expression over {@link IdealInput} to evaluate for every row into a table.
   *
   * @param sql the expression, re-written from the user's by the parser
   * @param read the file columns it reads
   * @param table the table to create: the row number and the flag
   * @param column the flag's column name
   * @param option the option the user gave the expression with, for messages
   */
  record RowFlags(String sql, List<String> read, String table, String column, String option) {}

  /** Creates the flags table, explaining in one line an expression the engine refuses. */
  static void flagRows(Dataset dataset, RowFlags flags) {
    IdealInput.create(dataset, flags.read());
    try {
      dataset
          .engine()
          .execute(
              "CREATE OR REPLACE TABLE "
                  + flags.table()
                  + " AS SELECT "
                  + quote(CleanedTable.ROW)
                  + ", coalesce(CAST(("
                  + flags.sql()
                  + ") AS BOOLEAN), false) AS "
                  + flags.column()
                  + " FROM "
                  + IdealInput.VIEW);
    } catch (EngineException e) {
      throw new InputException(
          "invalid "
              + flags.option()
              + ": "
              + IdealColumns.explain(e, flags.sql())
              + "; check the types of the columns and values the expression compares",
          e);
    }
  }

  private static IdealDefinition counted(
      Dataset dataset,
      String expression,
      String description,
      boolean isDefault,
      List<String> read) {
    long ideal =
        dataset.engine().queryOne("SELECT count_if(ideal) FROM " + FLAGS, r -> r.getLong(1));
    long rows = dataset.rows();
    if (ideal == 0) {
      throw new InputException(
          "the ideal definition ("
              + description
              + ") matches no rows:"
              + " loosen it with --ideal");
    }
    if (ideal == rows) {
      throw new InputException(
          "the ideal definition ("
              + description
              + ") matches every row,"
              + " so nothing tells ideal customers apart: tighten it with --ideal");
    }
    return new IdealDefinition(expression, description, isDefault, read, ideal, rows);
  }
}
