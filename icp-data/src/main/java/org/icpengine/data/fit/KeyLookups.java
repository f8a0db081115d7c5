package org.icpengine.data.fit;

import static org.icpengine.data.engine.Engine.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.clean.ValueDictionary;
import org.icpengine.data.engine.Engine;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;
import org.icpengine.model.scoring.ScoreModel;

/**
 * The folding keys of a file's category and multi-valued columns as lookups of their distinct
 * values, so that the key's regular expressions run once per value rather than once per row. The
 * values may come from a sample of the rows: a value the lookup lacks has its key computed. The
 * lookup is a {@link ValueDictionary}: a hash, not a scan of every entry as a MAP literal is.
 */
final class KeyLookups {
  private KeyLookups() {}

  /**
   * For each category or multi-valued column of the model with at most {@link
   * ValueDictionary#MAX_ENTRIES} distinct values (items), its folding keys as a lookup: the key's
   * SQL runs once per distinct value rather than once per row.
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
      Optional<ValueDictionary> dictionary =
          ValueDictionary.of(
              engine,
              "key" + lookups.size(),
              "SELECT v AS k, icp_key(v) AS v FROM (" + values + ") WHERE k IS NOT NULL");
      if (dictionary.isEmpty()) {
        continue;
      }
      // a value the relation did not hold (it may be a sample of the rows) gets its key computed
      lookups.put(
          column,
          set
              ? "list_transform("
                  + quote(column)
                  + ", lambda x: "
                  + dictionary.get().lookup("x", "icp_key(x)")
                  + ")"
              : dictionary
                  .get()
                  .lookup(
                      "CAST(" + quote(column) + " AS VARCHAR)", "icp_key(" + quote(column) + ")"));
    }
    return lookups;
  }
}
