package org.icpengine.server.version;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.icpengine.model.document.DocumentEdit;
import org.icpengine.model.document.IcpDocument;
import org.icpengine.server.ServerException;

/**
 * A change to a draft: its notes, its tier thresholds, its disqualifier rules. Applied to the
 * icp.json document and checked by the same reader {@code icp score} uses, so a draft never holds a
 * model that cannot score.
 *
 * @param notes new notes, if given
 * @param tiers new thresholds {@code {"A": 70, "B": 55, "C": 40}}, if given
 * @param disqualifiers the new disqualifier rules, replacing the old, if given
 * @param removeTraits the conditions of traits to remove from the ICP
 * @param pinTraits the conditions of traits to pin (kept and shown first whatever the next derive)
 */
public record DraftEdit(
    Optional<String> notes,
    Optional<JsonNode> tiers,
    Optional<JsonNode> disqualifiers,
    List<String> removeTraits,
    List<String> pinTraits) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of("revision", "notes", "tiers", "disqualifiers", "remove_traits", "pin_traits");

  /**
   * Reads an edit from a request body.
   *
   * @throws ServerException 400 for fields it does not know or of the wrong kind
   */
  public static DraftEdit of(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw ServerException.badRequest(
          "the body must be a JSON object with any of notes, tiers, disqualifiers");
    }
    List<String> unknown = new ArrayList<>();
    body.fieldNames()
        .forEachRemaining(
            f -> {
              if (!FIELDS.contains(f)) {
                unknown.add(f);
              }
            });
    if (!unknown.isEmpty()) {
      throw ServerException.badRequest(
          "unknown field(s) " + unknown + ": a draft's notes, tiers and disqualifiers can change");
    }
    JsonNode notes = body.get("notes");
    if (notes != null && !notes.isTextual()) {
      throw ServerException.badRequest("notes must be text");
    }
    if (notes != null) {
      checkNotes(notes.asText());
    }
    JsonNode tiers = body.get("tiers");
    if (tiers != null && !tiers.isObject()) {
      throw ServerException.badRequest(
          "tiers must be an object like {\"A\": 70, \"B\": 55, \"C\": 40}");
    }
    JsonNode rules = body.get("disqualifiers");
    if (rules != null && !rules.isArray()) {
      throw ServerException.badRequest(
          "disqualifiers must be an array of {\"column\", \"value\", \"reason\"}");
    }
    return new DraftEdit(
        Optional.ofNullable(notes).map(JsonNode::asText),
        Optional.ofNullable(tiers),
        Optional.ofNullable(rules),
        conditions(body, "remove_traits"),
        conditions(body, "pin_traits"));
  }

  private static List<String> conditions(JsonNode body, String field) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw ServerException.badRequest(field + " must be an array of trait conditions");
    }
    List<String> conditions = new ArrayList<>();
    node.forEach(c -> conditions.add(c.asText()));
    return conditions;
  }

  /** The most characters a version's notes may have. */
  public static final int NOTES_LIMIT = 4000;

  /**
   * Checks notes fit.
   *
   * @throws ServerException 400 when they are too long
   */
  public static String checkNotes(String notes) {
    if (notes.length() > NOTES_LIMIT) {
      throw ServerException.badRequest(
          "notes may have up to " + NOTES_LIMIT + " characters, not " + notes.length());
    }
    return notes;
  }

  /** Returns whether the edit changes the document (not only the notes). */
  public boolean changesModel() {
    return tiers.isPresent()
        || disqualifiers.isPresent()
        || !removeTraits.isEmpty()
        || !pinTraits.isEmpty();
  }

  /**
   * Returns the document with the edit applied.
   *
   * @throws ServerException 422 when the result would not score, saying why
   */
  public String apply(String icp) {
    if (!changesModel()) {
      return icp;
    }
    IcpDocument edited;
    try {
      edited =
          IcpDocument.stored(icp, "a stored version")
              .edited(new DocumentEdit(tiers, disqualifiers, removeTraits, pinTraits));
    } catch (IllegalArgumentException e) {
      throw new ServerException(ServerException.Kind.UNPROCESSABLE, e.getMessage());
    }
    Versions.checkScores(edited.whole(), "the edited version");
    return edited.text();
  }

  /** Returns the edit in words, for the audit log. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    notes.ifPresent(n -> parts.add("notes"));
    tiers.ifPresent(t -> parts.add("tiers " + t));
    disqualifiers.ifPresent(d -> parts.add(d.size() + " disqualifier(s)"));
    removeTraits.forEach(t -> parts.add("removed " + t));
    pinTraits.forEach(t -> parts.add("pinned " + t));
    return String.join(", ", parts);
  }
}
