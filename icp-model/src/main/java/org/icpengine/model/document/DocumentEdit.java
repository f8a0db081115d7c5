package org.icpengine.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * A change to a stored icp.json that an editor makes to a draft: the fit model's tiers and
 * disqualifiers (given in icp.json's own shapes, checked when the result is read), traits removed
 * and traits pinned. Every other part, known or not, is kept as it is.
 *
 * @param tiers new thresholds {@code {"A": 70, "B": 55, "C": 40}}, if given
 * @param disqualifiers new rules {@code [{"column", "value", "reason"}]}, replacing the old, if
 *     given
 * @param removeTraits the conditions of the traits to remove
 * @param pinTraits the conditions of the traits to pin
 */
public record DocumentEdit(
    Optional<JsonNode> tiers,
    Optional<JsonNode> disqualifiers,
    List<String> removeTraits,
    List<String> pinTraits) {

  /** Copies the lists and the JSON given. */
  public DocumentEdit {
    tiers = tiers.map(JsonNode::deepCopy);
    disqualifiers = disqualifiers.map(JsonNode::deepCopy);
    removeTraits = List.copyOf(removeTraits);
    pinTraits = List.copyOf(pinTraits);
  }

  /**
   * Applies the edit to a copy of a document's tree.
   *
   * @throws IllegalArgumentException when a trait to remove or pin is not in the document, or the
   *     document has no fit model to edit
   */
  ObjectNode apply(ObjectNode root) {
    ObjectNode edited = root.deepCopy();
    if (tiers.isPresent() || disqualifiers.isPresent()) {
      if (!(edited.get("fit_model") instanceof ObjectNode model)) {
        throw new IllegalArgumentException("the version has no fit model to edit");
      }
      tiers.ifPresent(t -> model.set("tiers", t.deepCopy()));
      disqualifiers.ifPresent(d -> model.set("disqualifiers", d.deepCopy()));
    }
    JsonNode traits = edited.path("traits");
    ArrayNode list = traits.isArray() ? (ArrayNode) traits : edited.arrayNode();
    for (String condition : removeTraits) {
      list.remove(index(list, condition));
    }
    for (String condition : pinTraits) {
      ((ObjectNode) list.get(index(list, condition))).put("pinned", true);
    }
    return edited;
  }

  private static int index(ArrayNode traits, String condition) {
    for (int i = 0; i < traits.size(); i++) {
      if (traits.get(i).path("condition").asText().equals(condition)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the version has no trait '" + condition + "'");
  }
}
