package org.icpengine.data.fit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.core.column.ValueType;
import org.icpengine.model.clean.ValueCleaner;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.FoldingKey;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The categorical vocabulary a score model stores per column: the folding keys of its category
 * levels and set items (fit and engagement), with the type its values are cleaned to.
 */
final class Vocabulary {
  private record Levels(ValueType type, Set<String> keys) {}

  private final Map<String, Levels> columns;

  private Vocabulary(Map<String, Levels> columns) {
    this.columns = columns;
  }

  static Vocabulary of(ScoreModel model) {
    List<PointsTable.Scored> all = new ArrayList<>(model.fit().attributes());
    model.engagement().ifPresent(e -> all.addAll(e.attributes()));
    Map<String, Levels> columns = new HashMap<>();
    for (PointsTable.Scored scored : all) {
      FitAttribute a = scored.attribute();
      if (a.kind() == FitAttribute.Kind.CATEGORY || a.kind() == FitAttribute.Kind.SET_ITEM) {
        Levels levels =
            columns.computeIfAbsent(a.column(), c -> new Levels(a.type(), new HashSet<>()));
        a.levels().forEach(l -> levels.keys().add(FoldingKey.of(l)));
      }
    }
    return new Vocabulary(columns);
  }

  /** Returns whether the model stores levels for the column. */
  boolean has(String column) {
    return columns.containsKey(column);
  }

  /**
   * Returns the share of the distinct values (items, for a multi-valued column), cleaned as the
   * column is, that are levels of the column; 0 when there are fewer than {@code minDistinct}.
   */
  double overlap(String column, List<String> values, int minDistinct) {
    Levels levels = columns.get(column);
    Set<String> keys = new HashSet<>();
    for (String value : values) {
      Object cleaned = ValueCleaner.clean(value, levels.type());
      if (cleaned instanceof List<?> items) {
        items.forEach(i -> keys.add(FoldingKey.of(i.toString())));
      } else if (cleaned != null) {
        keys.add(FoldingKey.of(cleaned.toString()));
      }
    }
    if (keys.size() < minDistinct) {
      return 0;
    }
    long known = keys.stream().filter(levels.keys()::contains).count();
    return (double) known / keys.size();
  }
}
