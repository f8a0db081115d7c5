package org.icpengine.web.view;

import java.util.Locale;

/**
 * A number with its 95 % interval, as icp.json gives them, formatted for reading.
 *
 * @param value the value, or NaN when unknown
 * @param low the interval's low end, or NaN
 * @param high the interval's high end, or NaN
 */
public record Figure(double value, double low, double high) {
  /** Returns a figure of icp.json, without its p-value. */
  public static Figure of(org.icpengine.core.stats.Figure figure) {
    return new Figure(figure.value(), figure.low(), figure.high());
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
