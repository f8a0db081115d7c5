package org.icpengine.data.clean;

import java.util.List;
import java.util.Objects;
import org.icpengine.core.column.ValueType;

/**
 * How to clean one column.
 *
 * @param name the column name as in the file
 * @param type the type its values are cleaned to
 * @param dateFormats strptime formats tried in order, for dates
 * @param setSeparator the regular expression that splits a multi-valued cell, for sets
 */
public record ColumnPlan(
    String name, ValueType type, List<String> dateFormats, String setSeparator) {
  /** The separator of multi-valued cells that never use commas between items. */
  public static final String SEMICOLON_OR_PIPE = "\\s*[;|]\\s*";

  /** The separator of multi-valued cells that also use commas between items. */
  public static final String ANY_SEPARATOR = "\\s*[;|,]\\s*";

  /** Checks the plan is complete for its type. */
  public ColumnPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    dateFormats = List.copyOf(dateFormats);
    if (type == ValueType.DATE && dateFormats.isEmpty()) {
      throw new IllegalArgumentException("a date column needs at least one format: " + name);
    }
    if (type == ValueType.SET && (setSeparator == null || setSeparator.isEmpty())) {
      throw new IllegalArgumentException("a multi-valued column needs a separator: " + name);
    }
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
