package org.icpengine.server.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.icpengine.core.column.AttributeCategory;
import org.icpengine.core.column.ColumnRole;
import org.icpengine.data.profile.ColumnOverride;
import org.icpengine.data.profile.Mapping;
import org.icpengine.server.ServerException;

/**
 * The roles and categories a team fixed on a dataset's columns, stored as JSON {@code {"Column":
 * {"role": "attribute", "category": "psychographic"}}} and applied as a mapping file would be.
 */
public final class ColumnFixes {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ColumnFixes() {}

  /** Returns the mapping the stored fixes make. */
  public static Mapping mapping(String json) {
    Map<String, ColumnOverride> columns = new LinkedHashMap<>();
    read(json)
        .properties()
        .forEach(
            e -> {
              JsonNode fix = e.getValue();
              columns.put(
                  e.getKey(),
                  new ColumnOverride(
                      text(fix, "role").map(ColumnRole::parse),
                      text(fix, "category").map(AttributeCategory::parse),
                      Optional.empty(),
                      Optional.empty(),
                      Optional.empty()));
            });
    return new Mapping(columns);
  }

  /**
   * Returns the stored fixes with one more.
   *
   * @throws ServerException 400 for a missing column or role, or a role or category that does not
   *     exist
   */
  public static String with(String json, String column, String role, String category) {
    if (column == null || column.isBlank() || role == null || role.isBlank()) {
      throw ServerException.badRequest("name the column and its role to fix a column");
    }
    ObjectNode root = read(json);
    ObjectNode fix = root.putObject(column);
    try {
      fix.put("role", ColumnRole.parse(role).key());
      if (category != null && !category.isBlank()) {
        fix.put("category", AttributeCategory.parse(category).label());
      }
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest(e.getMessage());
    }
    return root.toString();
  }

  private static ObjectNode read(String json) {
    try {
      return (ObjectNode) JSON.readTree(json == null || json.isBlank() ? "{}" : json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
