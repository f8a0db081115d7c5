package org.icpengine.server.kpi;

/**
 * Where a KPI stands against its target: on track when its value reaches the target; at risk when
 * it does not but its 95 % interval does (the miss may be noise); off track when the whole interval
 * misses. Without a target, or without a value, there is no verdict.
 */
public enum KpiStatus {
  ON_TRACK("on track"),
  AT_RISK("at risk"),
  OFF_TRACK("off track"),
  NO_TARGET("no target"),
  NO_DATA("no data");

  private final String label;

  KpiStatus(String label) {
    this.label = label;
  }

  /** Returns the key used in the API, such as {@code on_track}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Returns what people read, such as "on track". */
  public String label() {
    return label;
  }

  /** Returns the status of the figure against the target (null when none is set). */
  public static KpiStatus of(KpiFigure figure, KpiTarget target) {
    if (target == null) {
      return NO_TARGET;
    }
    if (figure == null || !figure.known()) {
      return NO_DATA;
    }
    boolean up = target.kpi().higherIsBetter();
    double goal = target.target();
    if (up ? figure.value() >= goal : figure.value() <= goal) {
      return ON_TRACK;
    }
    double reach = up ? figure.ciHigh() : figure.ciLow();
    boolean intervalReaches = Double.isFinite(reach) && (up ? reach >= goal : reach <= goal);
    return intervalReaches ? AT_RISK : OFF_TRACK;
  }
}
