package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icpengine.model.document.IcpDocument;

/**
 * The columns of a version's fit model that have known values (a category's levels) and those
 * values, for choosing a disqualifier rule from lists instead of typing names.
 *
 * @param values each column's known values, columns in the model's order
 */
public record ModelColumns(Map<String, List<String>> values) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the columns of the document's fit model. */
  public static ModelColumns of(String icp) {
    JsonNode root = IcpDocument.stored(icp, "the version").copy();
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (JsonNode attribute : root.path("fit_model").path("attributes")) {
      String column = attribute.path("column").asText("");
      if (column.isEmpty()) {
        continue;
      }
      List<String> levels = new ArrayList<>();
      attribute.path("levels").forEach(l -> levels.add(l.asText()));
      values.merge(
          column,
          levels,
          (a, b) -> {
            List<String> both = new ArrayList<>(a);
            b.stream().filter(x -> !both.contains(x)).forEach(both::add);
            return both;
          });
    }
    values.values().removeIf(List::isEmpty);
    return new ModelColumns(values);
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
