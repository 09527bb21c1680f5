package com.servicepolicy.evaluator.evaluation;

import java.nio.file.Path;

/**
 * When and where a door that reads a log may keep it on disk instead of in memory: once it has read more
 * than {@code holdRecords} customers and events, the log moves to partitions by customer in a temporary
 * directory under {@code dir}, and is then evaluated a partition at a time, each partition holding at most
 * half as many records (or one customer's history). {@code partitions} fixes the number of partitions;
 * 0 lets the size of the inputs decide.
 */
public record SpillOptions(Path dir, long holdRecords, int partitions) {
    /** Bytes of JSON Lines or CSV per record in a typical log; inputs of this size per record are estimated well. */
    private static final long BYTES_PER_RECORD = 100;
    private static final int MAX_PARTITIONS = 1024;

    public SpillOptions {
        if (holdRecords < 0 || partitions < 0) {
            throw new IllegalArgumentException("spill limits must not be negative");
        }
    }

    /** Never spill: the whole log is held (the HTTP endpoint, explanations, tests). */
    public static SpillOptions never() {
        return new SpillOptions(null, Long.MAX_VALUE, 0);
    }

    /**
     * Spill under {@code dir} once the log would take about half of this JVM's maximum heap, at roughly half a
     * kilobyte per held record (measured: ~0.3 KB live per event held by customer with its duplicate registry,
     * ~0.35 KB at the evaluation's peak), so that a log that fits is never slowed by the disk.
     */
    public static SpillOptions forThisHeap(Path dir) {
        return new SpillOptions(dir, Math.max(10_000, Runtime.getRuntime().maxMemory() / 1024), 0);
    }

    boolean spills() {
        return holdRecords != Long.MAX_VALUE;
    }

    long maxPartRecords() {
        return Math.max(1, holdRecords / 2);
    }

    /** Violations held before a sorted run of them is written to disk: a few hundred bytes each. */
    int heldViolations() {
        return (int) Math.max(1, Math.min(100_000, holdRecords / 4));
    }

    /** Partitions for a log of about {@code expectedBytes} read so far (or to come) with {@code held} records. */
    int partitionsFor(long expectedBytes, long held) {
        if (partitions > 0) {
            return partitions;
        }
        long expected = Math.max(2 * held, expectedBytes / BYTES_PER_RECORD);
        long wanted = 2 * expected / maxPartRecords() + 1;
        return (int) Math.min(MAX_PARTITIONS, Math.max(16, wanted));
    }
}
