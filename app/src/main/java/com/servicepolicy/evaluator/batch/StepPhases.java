package com.servicepolicy.evaluator.batch;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Wall time a step spends in each of its repeated phases (for each chunk: read, rules, store), summed
 * over the step, so that the log says where a slow night went: "read 4.1 s, rules 2.0 s, store 3.2 s".
 */
final class StepPhases {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Adds the time since the previous lap (or since construction) to {@code phase}. */
    void lap(String phase) {
        long now = System.nanoTime();
        nanos.merge(phase, now - mark, Long::sum);
        mark = now;
    }

    @Override
    public String toString() {
        StringJoiner text = new StringJoiner(", ");
        nanos.forEach((phase, n) -> text.add(String.format(Locale.ROOT, "%s %.1f s", phase, n / 1e9)));
        return text.toString();
    }
}
