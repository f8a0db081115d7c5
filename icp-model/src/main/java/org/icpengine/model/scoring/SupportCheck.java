package org.icpengine.model.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of an account's cleaned fit values lie outside the model's training support, as {@link
 * AccountScorer} holds them (a {@code Double}, a folding key, or the items' keys).
 */
final class SupportCheck {
  private final TrainingSupport.Column[] columns;
  private final int[] index;

  /** Checks the support's columns the scorer has, found by name in {@code byName}. */
  SupportCheck(Optional<TrainingSupport> support, Map<String, Integer> byName) {
    List<TrainingSupport.Column> checked =
        support.map(TrainingSupport::columns).orElse(List.of()).stream()
            .filter(c -> byName.containsKey(c.column()))
            .toList();
    columns = checked.toArray(TrainingSupport.Column[]::new);
    index = checked.stream().mapToInt(c -> byName.get(c.column())).toArray();
  }

  /** The columns whose cleaned value lies outside the support, joined by ", "; '' when none. */
  String outside(Object[] cleaned) {
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].outside(cleaned[index[i]])) {
        names.append(names.length() == 0 ? "" : ", ").append(columns[i].column());
      }
    }
    return names.toString();
  }
}
