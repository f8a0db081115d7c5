package org.icpengine.data.clean;

import java.util.List;
import java.util.Objects;
import org.icpengine.core.column.ValueType;
import org.icpengine.model.clean.ValuePatterns;

/**
 * How to clean one column.
 *
 * @param name the column name as in the file
 * @param type the type its values are cleaned to
 * @param dateFormats strptime formats tried in order, for dates
 * @param setSeparator the regular expression that splits a multi-valued cell, for sets
 * @param numbers how the column writes its numbers, for numbers
 * @param stage whether the column is a pipeline stage read as won (true) or lost (false), its open
 *     stages read as missing with the change {@link ChangeKind#OPEN}, for yes/no columns
 */
public record ColumnPlan(
    String name,
    ValueType type,
    List<String> dateFormats,
    String setSeparator,
    NumberConvention numbers,
    boolean stage) {
  /** The separator of multi-valued cells that never use commas between items. */
  public static final String SEMICOLON_OR_PIPE = "\\s*[;|]\\s*";

  /** The separator of multi-valued cells that also use commas between items. */
  public static final String ANY_SEPARATOR = ValuePatterns.ANY_SEPARATOR;

  /** Checks the plan is complete for its type. */
  public ColumnPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    dateFormats = List.copyOf(dateFormats);
    Objects.requireNonNull(numbers, "numbers");
    if (type == ValueType.DATE && dateFormats.isEmpty()) {
      throw new IllegalArgumentException("a date column needs at least one format: " + name);
    }
    if (type == ValueType.SET && (setSeparator == null || setSeparator.isEmpty())) {
      throw new IllegalArgumentException("a multi-valued column needs a separator: " + name);
    }
  }

  /** Returns a plan with the standard number convention, not a stage. */
  public ColumnPlan(String name, ValueType type, List<String> dateFormats, String setSeparator) {
    this(name, type, dateFormats, setSeparator, NumberConvention.STANDARD, false);
  }

  /** Returns a number column's plan with the given convention. */
  public static ColumnPlan number(String name, NumberConvention numbers) {
    return new ColumnPlan(name, ValueType.NUMBER, List.of(), null, numbers, false);
  }

  /** Returns the plan of a pipeline stage read as won or lost. */
  public static ColumnPlan stage(String name) {
    return new ColumnPlan(
        name, ValueType.BOOLEAN, List.of(), null, NumberConvention.STANDARD, true);
  }

  /** Returns a plan for a column of a type that needs no further detail. */
  public static ColumnPlan of(String name, ValueType type) {
    return new ColumnPlan(
        name,
        type,
        type == ValueType.DATE ? DateFormats.CANDIDATES : List.of(),
        type == ValueType.SET ? ANY_SEPARATOR : null);
  }
}
