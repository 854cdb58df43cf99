package dev.mailclip.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** One result line for scripts/bench.sh to collect. */
final class Stats {
    private Stats() {
    }

    private static final java.util.concurrent.atomic.AtomicLong LIVE = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Watches every GC for the heap still in use after it: the live set, which is what must stay
     * flat (the pools' peaks only say how far the collector let garbage pile up under -Xmx).
     */
    static void watchLiveHeap() {
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((n, h) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                    return;
                }
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().values().stream()
                        .mapToLong(java.lang.management.MemoryUsage::getUsed).sum();
                LIVE.accumulateAndGet(used, Math::max);
            }, null, null);
        }
    }

    /** Sum of the heap pools' peaks (an upper bound of the peak heap in use: they need not peak together). */
    static double peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / 1048576.0;
    }

    static void report(String stage, long messages, long bytes, long startNanos) {
        double secs = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(java.util.Locale.ROOT,
                "RESULT stage=%s msgs=%d mb=%.1f secs=%.2f msgs_per_s=%.0f mb_per_s=%.2f peak_heap_mb=%.0f live_heap_mb=%.0f%n",
                stage, messages, bytes / 1048576.0, secs, messages / secs, bytes / 1048576.0 / secs, peakHeapMb(), LIVE.get() / 1048576.0);
    }
}
