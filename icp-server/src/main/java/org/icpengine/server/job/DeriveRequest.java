package org.icpengine.server.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icpengine.data.fit.FitOptions;
import org.icpengine.data.icp.DeriveOptions;
import org.icpengine.server.ServerException;

/**
 * What to derive: the dataset and the options {@code icp derive} takes.
 *
 * @param datasetId the dataset
 * @param options the derive's options
 */
public record DeriveRequest(long datasetId, DeriveOptions options) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> FIELDS =
      List.of("dataset", "ideal", "exclude", "include_leaky", "max_depth", "seed", "holdout");

  /**
   * Reads a request body such as {@code {"dataset": 3, "ideal": "Won = true"}}.
   *
   * @throws ServerException 400 naming the first field that is wrong
   */
  public static DeriveRequest of(JsonNode body) {
    if (body == null || !body.isObject() || !body.has("dataset")) {
      throw ServerException.badRequest(
          "give the dataset to derive from: {\"dataset\": ID}, with optional ideal, exclude,"
              + " include_leaky, max_depth, seed, holdout");
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
      throw ServerException.badRequest("unknown field(s) " + unknown + ": use " + FIELDS);
    }
    if (!body.get("dataset").canConvertToLong()) {
      throw ServerException.badRequest("dataset must be a dataset's id, a number");
    }
    Optional<String> ideal =
        body.hasNonNull("ideal") ? Optional.of(body.get("ideal").asText()) : Optional.empty();
    int depth = whole(body, "max_depth", 3);
    if (depth < 1 || depth > 3) {
      throw ServerException.badRequest("max_depth must be 1, 2 or 3, not " + depth);
    }
    long seed = whole(body, "seed", 42);
    JsonNode share = body.get("holdout");
    if (share != null && !share.isNull() && !share.isNumber()) {
      throw ServerException.badRequest("holdout must be a number between 0 and 1");
    }
    double holdout =
        share == null || share.isNull() ? FitOptions.defaults().holdoutShare() : share.asDouble();
    JsonNode idealNode = body.get("ideal");
    if (idealNode != null && !idealNode.isNull() && !idealNode.isTextual()) {
      throw ServerException.badRequest("ideal must be text: a SQL condition over the columns");
    }
    FitOptions fit;
    try {
      fit = new FitOptions(holdout, seed, false);
    } catch (IllegalArgumentException e) {
      throw ServerException.badRequest("holdout: " + e.getMessage());
    }
    return new DeriveRequest(
        body.get("dataset").asLong(),
        new DeriveOptions(
            ideal, strings(body, "exclude"), strings(body, "include_leaky"), depth, seed, fit));
  }

  /** Returns the request as stored with its job. */
  public String toJson() {
    ObjectNode node = JSON.createObjectNode();
    node.put("dataset", datasetId);
    options.ideal().ifPresent(i -> node.put("ideal", i));
    options.excluded().stream().sorted().forEach(node.putArray("exclude")::add);
    options.reincluded().stream().sorted().forEach(node.putArray("include_leaky")::add);
    node.put("max_depth", options.maxDepth());
    node.put("seed", options.seed());
    node.put("holdout", options.fit().holdoutShare());
    return node.toString();
  }

  private static int whole(JsonNode body, String field, int absent) {
    JsonNode node = body.get(field);
    if (node == null || node.isNull()) {
      return absent;
    }
    if (!node.canConvertToInt() || !node.isIntegralNumber()) {
      throw ServerException.badRequest(field + " must be a whole number, not " + node);
    }
    return node.asInt();
  }

  private static Set<String> strings(JsonNode body, String field) {
    JsonNode node = body.get(field);
    Set<String> values = new LinkedHashSet<>();
    if (node == null || node.isNull()) {
      return values;
    }
    if (!node.isArray()) {
      throw ServerException.badRequest(field + " must be an array of column names");
    }
    for (JsonNode v : node) {
      if (!v.isTextual()) {
        throw ServerException.badRequest(field + " must list column names as text, not " + v);
      }
      values.add(v.asText());
    }
    return values;
  }
}
