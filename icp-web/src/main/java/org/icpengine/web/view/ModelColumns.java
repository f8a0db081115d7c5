package org.icpengine.web.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.model.scoring.FitAttribute;
import org.icpengine.model.scoring.PointsTable;

/**
 * The columns of a version's fit model that have known values (a category's levels) and those
 * values, for choosing a disqualifier rule from lists instead of typing names.
 *
 * @param values each column's known values, columns in the model's order
 */
public record ModelColumns(Map<String, List<String>> values) {
  /** Reads the columns of the document's fit model. */
  public static ModelColumns of(String icp) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    IcpDocument.stored(icp, "the version")
        .fitModel()
        .ifPresent(
            model -> {
              for (PointsTable.Scored scored : model.fit().attributes()) {
                FitAttribute attribute = scored.attribute();
                values.merge(attribute.column(), attribute.levels(), ModelColumns::union);
              }
            });
    values.values().removeIf(List::isEmpty);
    return new ModelColumns(values);
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    b.stream().filter(x -> !both.contains(x)).forEach(both::add);
    return both;
  }

  /** Returns the column names, in the model's order. */
  public List<String> names() {
    return List.copyOf(values.keySet());
  }

  /** Returns whether the column has the value. */
  public boolean has(String column, String value) {
    return values.getOrDefault(column, List.of()).contains(value);
  }
}
