package org.icpengine.data.profile;

import java.util.List;
import java.util.Optional;
import org.icpengine.core.column.ColumnMeaning;
import org.icpengine.data.clean.CleanedColumn;

/**
 * Everything the profile says about one column.
 *
 * @param name the column name as in the file
 * @param meaning its role, category or outcome kind, type and leakage flag
 * @param mapped whether a mapping file set any part of the meaning
 * @param rows the number of rows
 * @param missing rows with no value after cleaning
 * @param distinct distinct cleaned values (items, for multi-valued columns)
 * @param distinctApproximate whether {@code distinct} is an estimate
 * @param topValues the most common values, most common first
 * @param numbers the spread of values, for numeric columns
 * @param cleaning what cleaning did
 * @param warnings what the user should look at, one sentence each
 * @param notes what ICP Engine understood about the column beyond its type (a process column, a
 *     number convention, a stage read as won/lost), one sentence each
 * @param leakage the evidence, in words, that the column leaks the outcome, when it is judged to
 */
public record ColumnProfile(
    String name,
    ColumnMeaning meaning,
    boolean mapped,
    long rows,
    long missing,
    long distinct,
    boolean distinctApproximate,
    List<ValueCount> topValues,
    Optional<NumberSummary> numbers,
    CleanedColumn cleaning,
    List<String> warnings,
    List<String> notes,
    Optional<String> leakage) {

  /** Copies the lists so the record stays immutable. */
  public ColumnProfile {
    topValues = List.copyOf(topValues);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /** Returns the share of rows with no value, from 0 to 1. */
  public double missingShare() {
    return rows == 0 ? 0 : (double) missing / rows;
  }
}
