package org.icpengine.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The peak Java heap in use, measured two ways. GC notifications give the heap occupancy just
 * before each collection, when it is highest, summed over the heap pools at that one moment: the
 * peak actually used. The pools' own peak usages, summed, are an upper bound, because each pool
 * peaks at its own moment (eden just before a collection, old gen later). Bytes throughout.
 */
final class HeapPeak implements NotificationListener {
  /**
   * A snapshot of the heap figures, in bytes.
   *
   * @param usedPeak the most heap in use at one moment, from GC notifications and the usage now
   * @param poolPeakSum the heap pools' peak usages summed, an upper bound of {@code usedPeak}
   * @param max the most heap the JVM may use (-Xmx)
   * @param collections the collections seen
   * @param residentPeak the process's peak resident memory, engine native memory included
   */
  record Figures(
      long usedPeak, long poolPeakSum, long max, int collections, OptionalLong residentPeak) {}

  private final List<MemoryPoolMXBean> heapPools;
  private final Set<String> heapPoolNames;
  private final AtomicLong beforeGcPeak = new AtomicLong();
  private final AtomicInteger collections = new AtomicInteger();

  private HeapPeak() {
    heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
  }

  /** Starts listening to every garbage collector of this JVM. */
  static HeapPeak start() {
    HeapPeak peak = new HeapPeak();
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(peak, null, null);
      }
    }
    return peak;
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
        notification.getType())) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
    beforeGcPeak.accumulateAndGet(used, Math::max);
    collections.incrementAndGet();
  }

  private long heapUsed(Map<String, MemoryUsage> usageByPool) {
    return usageByPool.entrySet().stream()
        .filter(e -> heapPoolNames.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed())
        .sum();
  }

  /** Returns the figures so far. */
  Figures figures() {
    return new Figures(
        usedPeak(),
        poolPeakSum(),
        Runtime.getRuntime().maxMemory(),
        collections.get(),
        ResidentMemory.peak());
  }

  /** Returns the most heap in use at one moment: before any collection so far, or now. */
  private long usedPeak() {
    long now = heapPools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    return Math.max(beforeGcPeak.get(), now);
  }

  private long poolPeakSum() {
    return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }
}
