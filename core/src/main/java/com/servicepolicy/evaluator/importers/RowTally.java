package com.servicepolicy.evaluator.importers;

import com.servicepolicy.evaluator.ingest.SourceSummary;

import java.util.Map;
import java.util.TreeMap;

/** Counts what became of a source's rows, for its {@link SourceSummary}: converted, skipped (by reason) or rejected. */
public final class RowTally {
    private long converted;
    private long rejected;
    private long events;
    private final Map<String, Long> skipped = new TreeMap<>();

    /** A row that became {@code events} candidate events (at least one). */
    public void converted(int events) {
        converted++;
        this.events += events;
    }

    /** Events that belong to no single row (e.g. an OPENED made from a thread's first tweet is counted there). */
    public void extraEvents(int events) {
        this.events += events;
    }

    public void skipped(String reason) {
        skipped.merge(reason, 1L, Long::sum);
    }

    public void rejected() {
        rejected++;
    }

    /** Adds the counts of {@code other} (a chunk's rows, counted on another thread). */
    public void add(RowTally other) {
        converted += other.converted;
        rejected += other.rejected;
        events += other.events;
        other.skipped.forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
    }

    public SourceSummary summary(String source, String format) {
        long skippedRows = skipped.values().stream().mapToLong(Long::longValue).sum();
        return new SourceSummary(source, format, converted + skippedRows + rejected, converted, skippedRows,
                rejected, events, skipped);
    }
}
