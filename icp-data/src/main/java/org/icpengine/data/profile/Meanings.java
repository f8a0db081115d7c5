package org.icpengine.data.profile;

import java.util.Optional;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.core.column.OutcomeKind;
import org.icpengine.core.column.ValueType;

/** Infers what a column means from its header and cleaned type. */
final class Meanings {
  private Meanings() {}

  static ColumnMeaning infer(String header, ValueType type) {
    boolean leaky = HeaderRules.leaky(header);
    Optional<ColumnRole> role = HeaderRules.role(header);
    if (role.isPresent()) {
      ValueType roleType = role.get() == ColumnRole.DOMAIN ? ValueType.DOMAIN : ValueType.TEXT;
      return ColumnMeaning.of(role.get(), roleType);
    }
    if (HeaderRules.process(header)) {
      return ColumnMeaning.of(ColumnRole.PROCESS, type);
    }
    if (type == ValueType.DOMAIN) {
      return ColumnMeaning.of(ColumnRole.DOMAIN, type);
    }
    Optional<OutcomeKind> outcome = HeaderRules.outcome(header);
    if (outcome.isPresent()) {
      return ColumnMeaning.outcome(outcome.get(), type).withLeaky(leaky);
    }
    if (type == ValueType.DATE) {
      return ColumnMeaning.outcome(OutcomeKind.DATE, type).withLeaky(leaky);
    }
    return ColumnMeaning.attribute(HeaderRules.category(header), type).withLeaky(leaky);
  }
}
