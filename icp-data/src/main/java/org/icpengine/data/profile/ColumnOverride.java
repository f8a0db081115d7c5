package org.icpengine.data.profile;

import java.util.Optional;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;

/**
 * What a mapping file says about one column; every part is optional and overrides inference.
 *
 * @param role the column's role
 * @param category the attribute category
 * @param outcome the outcome kind
 * @param type the cleaned type
 * @param leaky whether the column leaks the outcome
 */
public record ColumnOverride(
    Optional<ColumnRole> role,
    Optional<AttributeCategory> category,
    Optional<OutcomeKind> outcome,
    Optional<ValueType> type,
    Optional<Boolean> leaky) {

  /** Returns the inferred meaning with this override applied. */
  public ColumnMeaning applyTo(ColumnMeaning inferred) {
    ColumnRole newRole = role.orElse(inferred.role());
    ValueType newType = type.orElse(inferred.type());
    boolean newLeaky = leaky.orElse(inferred.leaky());
    Optional<AttributeCategory> newCategory = Optional.empty();
    Optional<OutcomeKind> newOutcome = Optional.empty();
    if (newRole == ColumnRole.ATTRIBUTE) {
      newCategory =
          category.or(inferred::category).or(() -> Optional.of(AttributeCategory.FIRMOGRAPHIC));
    } else if (newRole == ColumnRole.OUTCOME) {
      newOutcome = outcome.or(inferred::outcome).or(() -> Optional.of(OutcomeKind.OTHER));
    }
    return new ColumnMeaning(newRole, newCategory, newOutcome, newType, newLeaky);
  }
}
