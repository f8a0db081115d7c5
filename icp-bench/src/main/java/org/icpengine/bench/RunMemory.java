package org.icpengine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * The memory of one measured run: collects garbage and resets the heap pools' peaks and the
 * process's peak resident set before it, and reads them after it. The heap figure is the sum of the
 * pools' peaks, an upper bound of the heap in use at any one moment (see {@link HeapPeak}).
 */
final class RunMemory {
  /**
   * The peaks of one run, in bytes.
   *
   * @param heap the heap pools' peaks summed, from a collected heap at the start
   * @param resident the peak resident set, or -1 where the system does not tell it
   * @param residentBefore the resident set at the start, or -1
   * @param residentReset whether the peak resident set was reset at the start; when not, {@code
   *     resident} is the whole process's peak
   */
  record Peak(long heap, long resident, long residentBefore, boolean residentReset) {}

  private final List<MemoryPoolMXBean> pools;
  private final long residentBefore;
  private final boolean reset;

  private RunMemory() {
    pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    System.gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    reset = ResidentMemory.resetPeak();
    residentBefore = ResidentMemory.current().orElse(-1);
  }

  /** Starts measuring a run. */
  static RunMemory start() {
    return new RunMemory();
  }

  /** Returns the peaks since the start. */
  Peak end() {
    long heap = pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new Peak(heap, ResidentMemory.peak().orElse(-1), residentBefore, reset);
  }
}
