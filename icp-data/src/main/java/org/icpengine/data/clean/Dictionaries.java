package org.icpengine.data.clean;

import static org.icpengine.data.engine.Engine.quote;

import java.util.List;
import java.util.Set;
import org.icpengine.data.engine.Engine;

/**
 * The columns cleaned once per distinct value and looked up by every row, inside a projection: no
 * join, so the rows keep the order of the raw table and the cleaned table needs no sort.
 *
 * <p>Each looked-up column gets an {@code ENUM} type holding its distinct raw values (all of them,
 * taken from the raw table itself, so that no value fails the cast) and a variable holding, in the
 * enum's code order, each distinct value's cleaned value ({@code v}) and change code ({@code c}),
 * with the missing value's entry last. A row's entry is {@code enum_code(CAST(raw AS enum)) + 1}, a
 * native hash lookup, or the last one for a missing value.
 */
final class Dictionaries {
  private final Engine engine;
  private final Set<Integer> columns;

  private Dictionaries(Engine engine, Set<Integer> columns) {
    this.engine = engine;
    this.columns = Set.copyOf(columns);
  }

  /**
   * Creates the enum type and the variable of each looked-up column of {@code raw}, cleaning each
   * distinct value once with its expressions.
   */
  static Dictionaries create(
      Engine engine,
      String raw,
      List<ColumnPlan> plans,
      List<ValueExpressions> expressions,
      Set<Integer> columns) {
    for (int i : columns) {
      String name = quote(plans.get(i).name());
      engine.execute(
          "CREATE OR REPLACE TYPE "
              + name(i)
              + " AS ENUM (SELECT DISTINCT "
              + name
              + " FROM "
              + raw
              + " WHERE "
              + name
              + " IS NOT NULL)");
      String order =
          " ORDER BY enum_code(CAST(" + quote(Cleaner.DICTIONARY_KEY) + " AS " + name(i) + "))";
      String cleaned = quote(plans.get(i).name());
      String change = quote(plans.get(i).name() + Cleaner.CHANGE_SUFFIX);
      engine.execute(
          "SET VARIABLE "
              + name(i)
              + " = (SELECT {'v': list("
              + cleaned
              + order
              + " NULLS LAST), 'c': list("
              + change
              + order
              + " NULLS LAST)} FROM ("
              + Cleaner.dictionarySelect(raw, plans.get(i), expressions.get(i))
              + "))");
    }
    return new Dictionaries(engine, columns);
  }

  /** Returns the indexes of the looked-up columns. */
  Set<Integer> columns() {
    return columns;
  }

  /** Returns whether the column at {@code index} is looked up. */
  boolean contains(int index) {
    return columns.contains(index);
  }

  /**
   * Returns the first projection's column {@code k<index>}: the position of the raw value's entry
   * in the column's lists (1-based; a missing value's entry is the last).
   */
  String entry(int index, String rawColumn) {
    return "coalesce(CAST(enum_code(CAST("
        + rawColumn
        + " AS "
        + name(index)
        + ")) AS INTEGER) + 1, len("
        + variable(index)
        + ".v)) AS k"
        + index;
  }

  /** Returns the cleaned value and the change code of the column, looked up by its entry. */
  String lookup(int index, String name) {
    String entry = "[k" + index + "]";
    return variable(index)
        + ".v"
        + entry
        + " AS "
        + quote(name)
        + ", "
        + variable(index)
        + ".c"
        + entry
        + " AS "
        + quote(name + Cleaner.CHANGE_SUFFIX);
  }

  /** Drops the enum types and the variables; the cleaned tables do not need them. */
  void drop() {
    for (int i : columns) {
      engine.execute("RESET VARIABLE " + name(i));
      engine.execute("DROP TYPE IF EXISTS " + name(i));
    }
  }

  private static String variable(int index) {
    return "getvariable('" + name(index) + "')";
  }

  private static String name(int index) {
    return "icp_dictionary_" + index;
  }
}
