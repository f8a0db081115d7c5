package org.icpengine.data.profile;

import java.util.List;
import java.util.Optional;
import org.icpengine.data.source.LoadedSource;
import org.icpengine.data.source.RowProblem;

/**
 * The profile of a whole file: how it was read and what each column is.
 *
 * @param source how the file was read
 * @param columns the column profiles, in file order
 */
public record DatasetProfile(LoadedSource source, List<ColumnProfile> columns) {
  /** Copies the list so the record stays immutable. */
  public DatasetProfile {
    columns = List.copyOf(columns);
  }

  /** Returns the profile of the named column, if the file has it. */
  public Optional<ColumnProfile> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** Returns what a row is when it is not an account: many rows share an account key. */
  public Optional<Grain> grain() {
    return Grain.detect(columns);
  }

  /** Returns every row-level problem: those found reading, then those found cleaning. */
  public List<RowProblem> rowProblems() {
    List<RowProblem> all = new java.util.ArrayList<>(source.problems());
    columns.forEach(c -> all.addAll(c.cleaning().problems()));
    return all;
  }
}
