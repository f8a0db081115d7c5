package org.icpengine.core.column;

import java.util.Objects;
import java.util.Optional;

/**
 * What one column means: its role, the category when it is an attribute, the outcome kind when it
 * is an outcome, its cleaned value type, and whether it is likely to leak the outcome.
 *
 * @param role the part the column plays
 * @param category the trait category; present only for attributes
 * @param outcome the outcome kind; present only for outcomes
 * @param type the type of the cleaned values
 * @param leaky whether the column is probably filled in after the outcome is known
 */
public record ColumnMeaning(
    ColumnRole role,
    Optional<AttributeCategory> category,
    Optional<OutcomeKind> outcome,
    ValueType type,
    boolean leaky) {

  /** Checks that category goes with attributes and outcome kind with outcomes. */
  public ColumnMeaning {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(type, "type");
    if (category.isPresent() && role != ColumnRole.ATTRIBUTE) {
      throw new IllegalArgumentException("only attributes have a category, not a " + role.key());
    }
    if (outcome.isPresent() && role != ColumnRole.OUTCOME) {
      throw new IllegalArgumentException("only outcomes have an outcome kind, not a " + role.key());
    }
  }

  /** Returns an attribute of the given category and type. */
  public static ColumnMeaning attribute(AttributeCategory category, ValueType type) {
    return new ColumnMeaning(
        ColumnRole.ATTRIBUTE, Optional.of(category), Optional.empty(), type, false);
  }

  /** Returns an outcome of the given kind and type. */
  public static ColumnMeaning outcome(OutcomeKind kind, ValueType type) {
    return new ColumnMeaning(ColumnRole.OUTCOME, Optional.empty(), Optional.of(kind), type, false);
  }

  /** Returns a column with a role that has neither category nor outcome kind. */
  public static ColumnMeaning of(ColumnRole role, ValueType type) {
    return new ColumnMeaning(role, Optional.empty(), Optional.empty(), type, false);
  }

  /** Returns a copy with the leakage flag set as given. */
  public ColumnMeaning withLeaky(boolean isLeaky) {
    return new ColumnMeaning(role, category, outcome, type, isLeaky);
  }

  /** Returns a copy with the given value type. */
  public ColumnMeaning withType(ValueType newType) {
    return new ColumnMeaning(role, category, outcome, newType, leaky);
  }

  /** Returns whether the column is an outcome of the given kind. */
  public boolean isOutcome(OutcomeKind kind) {
    return outcome.filter(kind::equals).isPresent();
  }
}
