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

    /**
     * How many interactions' data-quality tracks to keep in the heap before they too go to {@code dir}: an eighth of
     * the hold limit (a track takes about 250 bytes against a held record's 400, so they stay within ~8 % of it).
     */
    public int qualityTracks() {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, holdRecords / 8));
    }

    /** Never spill: the whole log is held (the HTTP endpoint, explanations, tests). */
    public static SpillOptions never() {
        return new SpillOptions(null, Long.MAX_VALUE, 0);
    }

    /** Heap held back from the log: the rule base, the sessions of an evaluation, buffers. */
    private static final long RESERVED_HEAP = 256L << 20;
    /** Live heap per held record at the evaluation's peak, its share of the duplicate registry included (measured). */
    private static final long HELD_RECORD_BYTES = 400;
    /** Within what the in-memory duplicate registry can index (2^28 ids); beyond it, a log spills. */
    private static final long MAX_HELD_RECORDS = 250_000_000;

    /**
     * Spill under {@code dir} once the held log would take more than 60 % of this JVM's maximum heap beyond a fixed
     * reserve, at 0.4 KB per record (measured on a generated 1M-interaction log: 2.3 GB live at the peak for 6.24M
     * customers and events, 0.37 KB each), so that a log that fits is never slowed by the disk: 1.2M records in a
     * 1 GB heap, 9M in the 6 GB a 24 GB machine gives by default.
     */
    public static SpillOptions forThisHeap(Path dir) {
        return new SpillOptions(dir, holdRecordsFor(Runtime.getRuntime().maxMemory()), 0);
    }

    static long holdRecordsFor(long maxHeap) {
        long byHeap = (maxHeap - RESERVED_HEAP) / 10 * 6 / HELD_RECORD_BYTES;
        return Math.max(10_000, Math.min(MAX_HELD_RECORDS, byHeap));
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
