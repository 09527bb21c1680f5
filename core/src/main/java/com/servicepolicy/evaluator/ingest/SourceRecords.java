package com.servicepolicy.evaluator.ingest;

/**
 * What an {@link EventSource} adapter reports while it reads, record by record and in input order.
 * Every record ends in at least one call: its candidate events, or why it is unusable. Lines are
 * 1-based physical lines (or, for inputs that are not lines, the record's index).
 */
public interface SourceRecords {
    /** A candidate event of the record at {@code line}; the reader validates it against the contract. */
    void event(RawEvent event, long line);

    /** The record at {@code line} is unusable as a whole (not valid UTF-8, not JSON, broken quoting...). */
    void unusable(long line, String reason);

    /** Once, at the end, from a source whose rows are not our event lines: what became of its rows. */
    default void summary(SourceSummary summary) {
    }
}
