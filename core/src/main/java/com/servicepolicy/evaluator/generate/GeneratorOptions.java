package com.servicepolicy.evaluator.generate;

import java.time.Instant;

/**
 * What to generate: {@code interactions} OPENED events in total, fixed by {@code seed}, starting at
 * {@code start}. The log covers a span that grows with its size (30 to 365 days) so that large logs
 * keep a realistic load per day instead of piling millions of tickets into one month.
 */
public record GeneratorOptions(long interactions, long seed, Instant start) {
    public static final Instant DEFAULT_START = Instant.parse("2026-01-05T08:00:00Z");

    public GeneratorOptions {
        if (interactions < 1) {
            throw new IllegalArgumentException("interactions must be at least 1, was " + interactions);
        }
        if (start == null) {
            start = DEFAULT_START;
        }
    }

    public GeneratorOptions(long interactions, long seed) {
        this(interactions, seed, DEFAULT_START);
    }

    /** Length of the logged period in milliseconds; events later than start + span have not happened yet. */
    public long spanMillis() {
        long days = Math.max(30, Math.min(365, interactions / 300));
        return days * Dice.DAY;
    }

    long startMillis() {
        return start.toEpochMilli();
    }

    long endMillis() {
        return startMillis() + spanMillis();
    }
}
