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
   * Evaluates the user's expression, or the default when it is absent.
   *
   * @throws InputException when the expression is invalid, names unknown columns, or marks no row
   *     or every row ideal
   */
  public static IdealDefinition evaluate(Dataset dataset, Optional<String> expression) {
    if (expression.isPresent() && !expression.get().isBlank()) {
      String sql = expression.get().strip();
      List<String> read = IdealColumns.read(dataset, sql);
      return run(dataset, sql, "accounts where " + sql, false, read);
    }
    return defaultDefinition(dataset);
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

  static IdealDefinition run(
      Dataset dataset, String sql, String description, boolean isDefault, List<String> read) {
    var engine = dataset.engine();
    IdealInput.create(dataset, read);
    try {
      engine.execute("SET default_collation = 'nocase'");
      engine.execute(
          "CREATE OR REPLACE TABLE "
              + FLAGS
              + " AS SELECT "
              + quote(CleanedTable.ROW)
              + ", coalesce(CAST(("
              + sql
              + ") AS BOOLEAN), false) AS ideal FROM "
              + IdealInput.VIEW);
    } catch (EngineException e) {
      throw new InputException(
          "invalid --ideal: "
              + IdealColumns.explain(e)
              + ": check the"
              + " expression ("
              + sql
              + ")",
          e);
    } finally {
      engine.execute("RESET default_collation");
    }
    long ideal = engine.queryOne("SELECT count_if(ideal) FROM " + FLAGS, r -> r.getLong(1));
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
    return new IdealDefinition(sql, description, isDefault, read, ideal, rows);
  }
}
