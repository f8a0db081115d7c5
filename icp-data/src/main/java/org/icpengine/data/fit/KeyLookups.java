package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.literal;
import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The folding keys of a file's category and multi-valued columns as lookups of their distinct
 * values, so that the key's regular expressions run once per value rather than once per row. The
 * values may come from a sample of the rows: a value the lookup lacks has its key computed.
 */
final class KeyLookups {
  /** A column with more distinct values than this has its keys computed row by row. */
  private static final int MAX_LOOKUP = 5_000;

  private KeyLookups() {}

  /**
   * For each category or multi-valued column of the model with at most {@value #MAX_LOOKUP}
   * distinct values (items), its folding keys as a lookup: the key's SQL runs once per distinct
   * value rather than once per row.
   */
  static Map<String, String> of(
      Engine engine, ScoreModel model, Set<String> present, String relation) {
    Map<String, String> lookups = new java.util.HashMap<>();
    List<PointsTable.Scored> all = new ArrayList<>(model.fit().attributes());
    model.engagement().ifPresent(e -> all.addAll(e.attributes()));
    for (PointsTable.Scored scored : all) {
      FitAttribute attribute = scored.attribute();
      String column = attribute.column();
      if (!present.contains(column)
          || lookups.containsKey(column)
          || attribute.keySql().isEmpty()) {
        continue;
      }
      boolean set = attribute.kind() == FitAttribute.Kind.SET_ITEM;
      String values =
          set
              ? "SELECT DISTINCT unnest(" + quote(column) + ") AS v FROM " + relation
              : "SELECT DISTINCT CAST(" + quote(column) + " AS VARCHAR) AS v FROM " + relation;
      List<String[]> keys =
          engine.query(
              "SELECT v, icp_key(v) FROM ("
                  + values
                  + ") WHERE v IS NOT NULL LIMIT "
                  + (MAX_LOOKUP + 1),
              r -> new String[] {r.getString(1), r.getString(2)});
      if (keys.isEmpty() || keys.size() > MAX_LOOKUP) {
        continue;
      }
      String map =
          keys.stream()
              .map(k -> literal(k[0]) + ": " + literal(k[1]))
              .collect(java.util.stream.Collectors.joining(", ", "MAP {", "}"));
      String c = quote(column);
      // a value the relation did not hold (it may be a sample of the rows) gets its key computed
      lookups.put(
          column,
          set
              ? "list_transform("
                  + c
                  + ", lambda x: coalesce(map_extract_value("
                  + map
                  + ", x), icp_key(x)))"
              : "coalesce(map_extract_value("
                  + map
                  + ", CAST("
                  + c
                  + " AS VARCHAR)), icp_key("
                  + c
                  + "))");
    }
    return lookups;
  }
}
