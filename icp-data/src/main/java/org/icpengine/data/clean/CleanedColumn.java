package org.icpengine.data.clean;

import java.util.List;
import java.util.Map;
import org.icpengine.core.column.ValueType;
import org.icpengine.data.source.RowProblem;

/**
 * What cleaning did to one column.
 *
 * @param name the column name
 * @param type the cleaned type
 * @param changes how many values each kind of change touched
 * @param spellingsBefore distinct spellings before folding, for categorical columns (else 0)
 * @param spellingsAfter distinct values after folding, for categorical columns (else 0)
 * @param problems the first row-level problems found, at most {@link Cleaner#PROBLEM_EXAMPLES}
 */
public record CleanedColumn(
    String name,
    ValueType type,
    Map<ChangeKind, Long> changes,
    long spellingsBefore,
    long spellingsAfter,
    List<RowProblem> problems) {

  /** Copies the collections so the record stays immutable. */
  public CleanedColumn {
    changes = Map.copyOf(changes);
    problems = List.copyOf(problems);
  }

  /** Returns how many values a kind of change touched. */
  public long count(ChangeKind kind) {
    return changes.getOrDefault(kind, 0L);
  }

  /** Returns the number of values that cleaning changed in any way. */
  public long changed() {
    return changes.entrySet().stream()
        .filter(e -> e.getKey().isChange())
        .mapToLong(Map.Entry::getValue)
        .sum();
  }
}
