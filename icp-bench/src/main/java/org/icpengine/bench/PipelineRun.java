package org.icpengine.bench;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.icpengine.data.Dataset;
import org.icpengine.data.DatasetOptions;
import org.icpengine.data.cohort.CohortReport;
import org.icpengine.data.cohort.Cohorts;
import org.icpengine.data.cohort.IdealDefinition;
import org.icpengine.data.cohort.Ideals;
import org.icpengine.data.engine.Engine;

/**
 * One pass of the product pipeline over a file in a fresh engine, timed step by step: reading,
 * cleaning with profiling ({@link Dataset#open}), the default ideal, and cohorts by a categorical,
 * a numeric and a multi-valued column.
 */
final class PipelineRun {
  /** The bench columns cohorts are formed from: categorical, numeric, multi-valued. */
  static final List<String> COHORT_COLUMNS = List.of("Industry", "NumberOfEmployees", "Tech Stack");

  /**
   * The seconds of one pipeline pass.
   *
   * @param rows the rows the dataset holds
   * @param reading the file read into the raw table (encoding scan, sniffing, {@code read_csv})
   * @param cleaning type inference, cleaning and profile statistics
   * @param whole all of {@link Dataset#open}
   * @param ideal evaluating the default ideal definition
   * @param cohorts each cohort column's {@link Cohorts#compute}, in {@link #COHORT_COLUMNS} order
   * @param idealDescription the ideal definition in words, to show what was measured
   * @param wholeCpu the process's CPU seconds (user + system, every thread) of {@link
   *     Dataset#open}: the fair figure on a machine shared with other work
   */
  record Times(
      long rows,
      double reading,
      double cleaning,
      double whole,
      double ideal,
      Map<String, Double> cohorts,
      String idealDescription,
      double wholeCpu) {
    /** Copies the map so the record stays immutable. */
    Times {
      cohorts = Collections.unmodifiableMap(new LinkedHashMap<>(cohorts));
    }
  }

  private final Supplier<Engine> engines;

  PipelineRun(Supplier<Engine> engines) {
    this.engines = engines;
  }

  /** Runs and times every step on the file. */
  Times measure(Path file) {
    try (Engine engine = engines.get()) {
      return measure(engine, file);
    }
  }

  /** Runs and times every step on the file in the given engine, which it leaves open. */
  static Times measure(Engine engine, Path file) {
    long[] steps = new long[4];
    DatasetOptions options =
        DatasetOptions.defaults().withProgress((index, total, name) -> steps[index] = now());
    long start = now();
    double cpu = ScoreRuns.cpuSeconds();
    Dataset dataset = Dataset.open(engine, file, options);
    double whole = Seconds.since(start);
    double wholeCpu = ScoreRuns.cpuSeconds() - cpu;
    if (steps[1] == 0 || steps[2] == 0 || steps[3] == 0) {
      throw new IllegalStateException(
          "Dataset.open no longer reports its 3 steps: fix PipelineRun");
    }
    start = now();
    IdealDefinition ideal = Ideals.evaluate(dataset, Optional.empty());
    double idealSeconds = Seconds.since(start);
    return new Times(
        dataset.rows(),
        Seconds.between(steps[1], steps[2]),
        Seconds.between(steps[2], steps[3]),
        whole,
        idealSeconds,
        cohorts(dataset, ideal),
        ideal.description(),
        wholeCpu);
  }

  private static Map<String, Double> cohorts(Dataset dataset, IdealDefinition ideal) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    for (String column : COHORT_COLUMNS) {
      long start = now();
      CohortReport report = Cohorts.compute(dataset, List.of(column), ideal);
      seconds.put(column, Seconds.since(start));
      if (report.cohorts().isEmpty()) {
        throw new IllegalStateException("no cohorts by " + column);
      }
    }
    return seconds;
  }

  private static long now() {
    return System.nanoTime();
  }
}
