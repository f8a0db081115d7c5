package org.icpengine.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.icpengine.core.stats.Figure;

/**
 * Lenient reads of a document's values: an absent or null value reads as unknown (NaN, empty), as
 * the pages always showed older or hand-made documents.
 */
final class Parts {
  private Parts() {}

  /** Returns the number, NaN when absent, null or not a number. */
  static double number(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isNumber() ? value.doubleValue() : Double.NaN;
  }

  /** Returns the text, {@code absent} when absent or null. */
  static String text(JsonNode node, String key, String absent) {
    JsonNode value = node.path(key);
    return value.isMissingNode() || value.isNull() ? absent : value.asText();
  }

  /** Returns an array of texts, empty when absent. */
  static List<String> texts(JsonNode node, String key) {
    List<String> texts = new ArrayList<>();
    node.path(key).forEach(t -> texts.add(t.asText()));
    return texts;
  }

  /** Returns a figure {@code {value, ci_low, ci_high, p_value}}, missing parts NaN. */
  static Figure figure(JsonNode node) {
    return new Figure(
        number(node, "value"),
        number(node, "ci_low"),
        number(node, "ci_high"),
        number(node, "p_value"));
  }
}
