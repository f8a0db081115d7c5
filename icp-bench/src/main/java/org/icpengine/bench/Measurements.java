package org.icpengine.bench;

import java.util.List;

/**
 * Everything one benchmark run measured.
 *
 * @param options what was asked for
 * @param bytes the size of the measured file
 * @param engineVersion the embedded engine's version
 * @param baselines the baseline seconds of each repeat
 * @param runs the pipeline seconds of each repeat
 * @param heap the heap figures after the repeats
 * @param loadAtStart the system load average before the warm-up, negative where unknown
 * @param loadAtEnd the system load average after the repeats, negative where unknown
 */
record Measurements(
    BenchOptions options,
    long bytes,
    String engineVersion,
    List<Baseline.Times> baselines,
    List<PipelineRun.Times> runs,
    HeapPeak.Figures heap,
    double loadAtStart,
    double loadAtEnd) {

  /** Copies the lists so the record stays immutable. */
  Measurements {
    baselines = List.copyOf(baselines);
    runs = List.copyOf(runs);
  }

  /** Returns the rows of the measured file. */
  long rows() {
    return runs.get(0).rows();
  }
}
