package com.servicepolicy.evaluator.ingest;

/**
 * What happened to the records of one input (or, summed with {@link #plus}, of one run). Blank
 * lines are not records. Always {@code read == accepted + duplicates + rejected}.
 */
public record ReadStats(long read, long accepted, long duplicates, long rejected) {
    public static final ReadStats EMPTY = new ReadStats(0, 0, 0, 0);

    public ReadStats {
        if (read != accepted + duplicates + rejected) {
            throw new IllegalArgumentException("read " + read + " != accepted " + accepted
                    + " + duplicates " + duplicates + " + rejected " + rejected);
        }
    }

    public ReadStats plus(ReadStats other) {
        return new ReadStats(read + other.read, accepted + other.accepted,
                duplicates + other.duplicates, rejected + other.rejected);
    }
}
