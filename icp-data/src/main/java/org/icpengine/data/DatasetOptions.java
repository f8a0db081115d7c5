package org.icpengine.data;

import java.util.Objects;
import org.icpengine.data.profile.Mapping;
import org.icpengine.data.source.ReadOptions;

/**
 * How to open a dataset.
 *
 * @param read how to read the file
 * @param mapping the user's corrections to inferred column meanings
 * @param progress told of each step, for progress bars
 */
public record DatasetOptions(ReadOptions read, Mapping mapping, Progress progress) {
  /** Receives the steps of long work. */
  @FunctionalInterface
  public interface Progress {
    /** Says that step {@code index} of {@code total}, named {@code name}, begins. */
    void step(int index, int total, String name);

    /** Returns a listener that ignores every step. */
    static Progress none() {
      return (index, total, name) -> {};
    }
  }

  /** Checks that no part is null. */
  public DatasetOptions {
    Objects.requireNonNull(read, "read");
    Objects.requireNonNull(mapping, "mapping");
    Objects.requireNonNull(progress, "progress");
  }

  /** Returns options that detect everything, override nothing and report no progress. */
  public static DatasetOptions defaults() {
    return new DatasetOptions(ReadOptions.defaults(), Mapping.none(), Progress.none());
  }

  /** Returns a copy with the given progress listener. */
  public DatasetOptions withProgress(Progress listener) {
    return new DatasetOptions(read, mapping, listener);
  }
}
