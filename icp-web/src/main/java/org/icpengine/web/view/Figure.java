package org.icpengine.web.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;

/**
 * A number with its 95 % interval, as icp.json gives them, formatted for reading.
 *
 * @param value the value, or NaN when unknown
 * @param low the interval's low end, or NaN
 * @param high the interval's high end, or NaN
 */
public record Figure(double value, double low, double high) {
  /** Reads {@code {"value", "ci_low", "ci_high"}}, or a bare number. */
  public static Figure of(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return new Figure(Double.NaN, Double.NaN, Double.NaN);
    }
    if (node.isNumber()) {
      return new Figure(node.asDouble(), Double.NaN, Double.NaN);
    }
    return new Figure(
        number(node.get("value")), number(node.get("ci_low")), number(node.get("ci_high")));
  }

  private static double number(JsonNode node) {
    return node == null || !node.isNumber() ? Double.NaN : node.asDouble();
  }

  /** Returns whether the value is known. */
  public boolean known() {
    return !Double.isNaN(value);
  }

  /** Returns the value with the given decimals, or "–". */
  public String show(int decimals) {
    return format(value, decimals);
  }

  /** Returns the value as a multiple, "2.1×". */
  public String times() {
    return known() ? format(value, 1) + "×" : "–";
  }

  /** Returns the interval, "[1.8–2.4]", or empty when unknown. */
  public String interval(int decimals) {
    return Double.isNaN(low) || Double.isNaN(high)
        ? ""
        : "[" + format(low, decimals) + "–" + format(high, decimals) + "]";
  }

  /** Returns the value as a percentage of 1, "35 %". */
  public String percent() {
    return known() ? format(value * 100, 0) + " %" : "–";
  }

  /** Returns a money amount, "$39,230". */
  public String money() {
    return known() ? "$" + format(value, 0) : "–";
  }

  /** Formats a number with thousands separators. */
  public static String format(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }
}
