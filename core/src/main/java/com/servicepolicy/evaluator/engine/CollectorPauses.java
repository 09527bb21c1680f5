package com.servicepolicy.evaluator.engine;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The time this JVM has stopped every thread to collect garbage, so far: a session's time limit does not count
 * it ({@link RuleThreads}). On one core with a heap of gigabytes a single collection took 11.5 s (the Spark job's
 * {@code local[1]} at 5M interactions, {@code -Xmx10g}), and a session that had been stopped by it was reported as
 * a rule that loops. Concurrent collectors' cycles run beside the application and are not counted: their beans
 * are named "... Concurrent ..." (G1 from Java 20) or "... Cycles" (ZGC, Shenandoah), the pauses' beans otherwise.
 */
final class CollectorPauses {
    private static final List<GarbageCollectorMXBean> PAUSING = ManagementFactory.getGarbageCollectorMXBeans().stream()
            .filter(bean -> !bean.getName().contains("Concurrent") && !bean.getName().endsWith("Cycles"))
            .toList();

    private CollectorPauses() {
    }

    /** Nanoseconds of pauses so far (the beans count milliseconds). */
    static long nanos() {
        long millis = 0;
        for (GarbageCollectorMXBean bean : PAUSING) {
            millis += Math.max(0, bean.getCollectionTime()); // -1: not known
        }
        return millis * 1_000_000;
    }
}
