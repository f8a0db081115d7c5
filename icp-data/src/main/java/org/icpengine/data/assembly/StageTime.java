package org.icpengine.data.assembly;

/**
 * How long one stage of the assembly took.
 *
 * @param stage the stage's name, e.g. {@code deals}
 * @param rows the linked rows the stage read
 * @param seconds the wall-clock time in seconds
 */
public record StageTime(String stage, long rows, double seconds) {
  /** Returns rows per second, 0 when the stage took no measurable time. */
  public double rowsPerSecond() {
    return seconds > 0 ? rows / seconds : 0;
  }
}
