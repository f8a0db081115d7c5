package org.icpengine.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.icpengine.model.scoring.TrainingSupport;

/** The training support as icp.json's {@code fit_model.support} (docs/icp-json.md), and back. */
final class TrainingSupportJson {
  private TrainingSupportJson() {}

  static ObjectNode of(TrainingSupport support) {
    ObjectNode node = FigureJson.object();
    node.put("rows", support.rows());
    node.put("base", support.base().word());
    ArrayNode columns = node.putArray("columns");
    for (TrainingSupport.Column column : support.columns()) {
      ObjectNode entry = columns.addObject().put("column", column.column());
      column.range().ifPresent(r -> entry.put("min", r.min()).put("max", r.max()));
      column.keys().ifPresent(keys -> new TreeSet<>(keys).forEach(entry.putArray("seen")::add));
    }
    return node;
  }

  /**
   * Reads {@code fit_model.support} of a {@code fit_model} node; absent (files written before it
   * was recorded) is empty.
   */
  static Optional<TrainingSupport> readIn(JsonNode fitModel) {
    JsonNode support = fitModel.get("support");
    if (support == null || support.isNull()) {
      return Optional.empty();
    }
    try {
      return Optional.of(read(support));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("fit_model.support: " + e.getMessage(), e);
    }
  }

  static TrainingSupport read(JsonNode node) {
    JsonNode rows = node.get("rows");
    if (rows == null || !rows.canConvertToLong()) {
      throw new IllegalArgumentException("rows must be a whole number");
    }
    List<TrainingSupport.Column> columns = new ArrayList<>();
    for (JsonNode entry : node.path("columns")) {
      String column = entry.path("column").asText("");
      if (column.isEmpty()) {
        throw new IllegalArgumentException("a column without a name");
      }
      JsonNode seen = entry.get("seen");
      if (seen != null && seen.isArray()) {
        Set<String> keys = new TreeSet<>();
        seen.forEach(k -> keys.add(k.asText()));
        columns.add(TrainingSupport.Column.of(column, keys));
      } else if (entry.path("min").isNumber() && entry.path("max").isNumber()) {
        columns.add(
            TrainingSupport.Column.of(
                column, entry.get("min").asDouble(), entry.get("max").asDouble()));
      } else {
        throw new IllegalArgumentException(column + " needs min and max, or seen");
      }
    }
    JsonNode base = node.get("base");
    return new TrainingSupport(
        rows.asLong(),
        base == null || base.isNull()
            ? TrainingSupport.Base.ACCOUNTS
            : TrainingSupport.Base.parse(base.asText()),
        columns);
  }
}
