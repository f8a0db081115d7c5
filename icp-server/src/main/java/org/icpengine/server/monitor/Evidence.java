package org.icpengine.server.monitor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One test that carried a drift alarm, read from a stored report ({@code icp drift --json}).
 *
 * @param attribute the model attribute, or "score tier mix" / "score deciles"
 * @param psi the population stability index
 * @param js the Jensen–Shannon distance
 * @param pValue the test's p-value
 * @param qValue its Benjamini–Hochberg q-value across the family
 */
public record Evidence(String attribute, double psi, double js, double pValue, double qValue) {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Returns the tests of the report that alarmed, attributes first. */
  public static List<Evidence> of(String report) {
    JsonNode root = read(report);
    List<Evidence> alarms = new ArrayList<>();
    root.path("attributes").forEach(a -> add(a, alarms));
    add(root.path("score").path("tier_mix"), alarms);
    add(root.path("score").path("deciles"), alarms);
    return alarms;
  }

  static JsonNode read(String report) {
    try {
      return JSON.readTree(report);
    } catch (IOException e) {
      throw new IllegalStateException("a stored drift report is not JSON", e);
    }
  }

  private static void add(JsonNode test, List<Evidence> alarms) {
    if (test.path("alarm").asBoolean(false)) {
      alarms.add(
          new Evidence(
              test.path("attribute").asText(),
              number(test, "psi"),
              number(test, "js"),
              number(test, "p_value"),
              number(test, "q_value")));
    }
  }

  static double number(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isNumber() ? value.asDouble() : Double.NaN;
  }
}
