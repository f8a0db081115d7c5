package org.icpengine.data.drift;

import java.util.List;
import org.icpengine.core.drift.DriftCheck;
import org.icpengine.core.drift.TraitShift;

/**
 * The drift of an ICP's score model between a reference file and a current one.
 *
 * @param reference the reference file
 * @param current the current file
 * @param missing the model's columns the current file lacks (their attributes are not compared)
 * @param check the statistics: population, score and performance drift and the alarm
 * @param changes how the traits moved between the files ("what changed"); empty unless both files
 *     have outcomes
 */
public record DriftReport(
    FileSummary reference,
    FileSummary current,
    List<String> missing,
    DriftCheck check,
    List<TraitShift> changes) {
  /** Copies the lists. */
  public DriftReport {
    missing = List.copyOf(missing);
    changes = List.copyOf(changes);
  }

  /**
   * One file of the comparison.
   *
   * @param name the file's name
   * @param rows its rows
   * @param outcomes where its ideal flags came from, or why it has none, in words
   */
  public record FileSummary(String name, long rows, String outcomes) {}

  /** Returns whether an alarm was raised. */
  public boolean alarm() {
    return check.alarm();
  }
}
