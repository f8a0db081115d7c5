package org.icpengine.server.monitor;

/**
 * When a workspace's ICP is re-evaluated.
 *
 * @param everyMonths months between reviews, 1 to 24: a re-evaluation is due that long after the
 *     last review
 * @param onDrift whether a confirmed drift alarm starts a re-evaluation at once
 */
public record MonitorSettings(int everyMonths, boolean onDrift) {
  /** Six months, and on drift: the articles' "every 6–12 months", on the cautious side. */
  public static final MonitorSettings DEFAULTS = new MonitorSettings(6, true);

  /** Checks the interval. */
  public MonitorSettings {
    if (everyMonths < 1 || everyMonths > 24) {
      throw new IllegalArgumentException(
          "re-evaluate every 1 to 24 months, not every " + everyMonths);
    }
  }
}
