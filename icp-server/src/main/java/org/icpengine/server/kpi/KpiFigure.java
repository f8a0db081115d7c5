package org.icpengine.server.kpi;

import java.util.List;

/**
 * A KPI's value with its 95 % interval, the number of observations behind it, and its trend.
 *
 * @param kpi the KPI's key
 * @param value the value in the KPI's unit, or NaN when the data cannot give it
 * @param ciLow the interval's lower end, or NaN
 * @param ciHigh the interval's upper end, or NaN
 * @param n the observations behind it (accounts, or closed deals for win rates)
 * @param basis what it was computed from, in a sentence
 * @param trend the same KPI per period, oldest first (empty when the data has no periods)
 */
public record KpiFigure(
    String kpi,
    double value,
    double ciLow,
    double ciHigh,
    long n,
    String basis,
    List<Point> trend) {
  /**
   * The KPI in one period.
   *
   * @param period such as {@code 2024-Q3}
   * @param value the value, or NaN
   * @param n the observations behind it
   */
  public record Point(String period, double value, long n) {}

  /** Returns a figure the data cannot give, saying why. */
  public static KpiFigure missing(Kpi kpi, String why) {
    return new KpiFigure(kpi.key(), Double.NaN, Double.NaN, Double.NaN, 0, why, List.of());
  }

  /** Returns whether there is a value. */
  public boolean known() {
    return Double.isFinite(value);
  }
}
