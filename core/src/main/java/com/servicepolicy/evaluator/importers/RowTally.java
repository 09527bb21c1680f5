package com.servicepolicy.evaluator.importers;

import com.servicepolicy.evaluator.ingest.SourceSummary;

import java.util.Map;
import java.util.HashMap;

/** Counts what became of a source's rows, for its {@link SourceSummary}: converted, skipped (by reason) or rejected. */
public final class RowTally {
    private long converted;
    private long rejected;
    private long events;
    // by hash, not sorted: a summary's reasons are sorted where they are printed, and Zendesk's reasons change from row
    // to row, each change a merge that a TreeMap made by comparing reasons that mostly begin alike ("a ...")
    private final Map<String, Long> skipped = new HashMap<>();
    private String lastReason; // the last reason a row was skipped for: consecutive skips share one, counted here
    private long lastCount;    // rows skipped for lastReason and not yet in skipped

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
        if (reason != lastReason) { // the same text in another string is counted apart here, and merged by flush
            flush();
            lastReason = reason;
        }
        lastCount++;
    }

    /** Moves the last reason's count into the map (a merge per row compared the whole reason on every row). */
    private void flush() {
        if (lastCount > 0) {
            skipped.merge(lastReason, lastCount, Long::sum);
            lastCount = 0;
        }
    }

    public void rejected() {
        rejected++;
    }

    /** Adds the counts of {@code other} (a chunk's rows, counted on another thread). */
    public void add(RowTally other) {
        other.flush();
        converted += other.converted;
        rejected += other.rejected;
        events += other.events;
        other.skipped.forEach((reason, n) -> skipped.merge(reason, n, Long::sum));
    }

    public SourceSummary summary(String source, String format) {
        flush();
        long skippedRows = skipped.values().stream().mapToLong(Long::longValue).sum();
        return new SourceSummary(source, format, converted + skippedRows + rejected, converted, skippedRows,
                rejected, events, skipped);
    }
}
