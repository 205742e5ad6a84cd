package org.dossier.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * What the driver's JVM spent, for {@code _dossier.json} and the console: its CPU time, its collectors' time and its
 * heap (the maximum, and the largest old generation seen after a collection: what stays live). In local mode the
 * executor is the same JVM, so these are the whole job's; on a cluster the executors' own figures are in Spark's
 * executor metrics.
 *
 * @param cpuSeconds    the process's CPU time so far (all threads)
 * @param gcSeconds     time the collectors took (for the parallel collector: pauses)
 * @param gcCount       collections
 * @param collectors    the collectors' names
 * @param heapMaxMb     the heap's maximum
 * @param oldAfterGcMb  the largest old-generation occupancy measured right after a collection (-1 if unknown)
 * @param heapPeakMb    the heap pools' peak occupancies, summed
 */
record DriverJvm(double cpuSeconds, double gcSeconds, long gcCount, String collectors, long heapMaxMb,
                 long oldAfterGcMb, long heapPeakMb) {

    static DriverJvm now() {
        double cpu = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            cpu = os.getProcessCpuTime() / 1e9;
        }
        long gcMillis = 0;
        long count = 0;
        StringBuilder names = new StringBuilder();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            gcMillis += Math.max(0, gc.getCollectionTime());
            count += Math.max(0, gc.getCollectionCount());
            names.append(names.isEmpty() ? "" : ", ").append(gc.getName());
        }
        long old = -1;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() != MemoryType.HEAP) {
                continue;
            }
            peak += pool.getPeakUsage() == null ? 0 : pool.getPeakUsage().getUsed();
            String n = pool.getName();
            if ((n.contains("Old") || n.contains("Tenured")) && pool.getCollectionUsage() != null) {
                old = Math.max(old, peakAfterGc(pool));
            }
        }
        long mb = 1L << 20;
        return new DriverJvm(cpu, gcMillis / 1000.0, count, names.toString(),
                Runtime.getRuntime().maxMemory() / mb, old < 0 ? -1 : old / mb, peak / mb);
    }

    /** The pool's largest occupancy after a collection: JMX keeps only the last, so the peak is tracked here. */
    private static long peakAfterGc(MemoryPoolMXBean pool) {
        return Math.max(PEAK_OLD.get(), pool.getCollectionUsage().getUsed());
    }

    private static final java.util.concurrent.atomic.AtomicLong PEAK_OLD = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicBoolean WATCHING = new java.util.concurrent.atomic.AtomicBoolean();

    /** Starts tracking the old generation's occupancy after each collection (once per JVM). */
    static void watch() {
        if (!WATCHING.compareAndSet(false, true)) {
            return;
        }
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof javax.management.NotificationEmitter emitter)) {
                continue;
            }
            emitter.addNotificationListener((n, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                        .equals(n.getType())) {
                    return;
                }
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                info.getGcInfo().getMemoryUsageAfterGc().forEach((pool, usage) -> {
                    if (pool.contains("Old") || pool.contains("Tenured")) {
                        PEAK_OLD.accumulateAndGet(usage.getUsed(), Math::max);
                    }
                });
            }, null, null);
        }
    }

    void put(ObjectNode node) {
        node.put("cpu_seconds", Math.round(cpuSeconds * 1000) / 1000.0)
                .put("gc_seconds", Math.round(gcSeconds * 1000) / 1000.0)
                .put("gc_collections", gcCount)
                .put("collectors", collectors)
                .put("heap_max_mb", heapMaxMb)
                .put("old_gen_after_gc_mb", oldAfterGcMb)
                .put("heap_pools_peak_mb", heapPeakMb);
    }

    String describe() {
        return String.format(Locale.ROOT, "dossier-spark: driver JVM (in local mode the executor too): %.1f s CPU, "
                        + "%.1f s in %d collections (%s), heap %d MB, old generation after collections up to %d MB, "
                        + "heap pools' peaks %d MB", cpuSeconds, gcSeconds, gcCount, collectors, heapMaxMb,
                oldAfterGcMb, heapPeakMb);
    }
}
