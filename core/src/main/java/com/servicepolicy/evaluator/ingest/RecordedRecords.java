package com.servicepolicy.evaluator.ingest;

/**
 * What a source adapter reports for a chunk of its input, kept on a worker thread (each event validated there, the
 * costliest part of taking it) and handed on to the reading thread's {@link SourceRecords} later, in the same order.
 */
public final class RecordedRecords implements SourceRecords {
    private final AheadRecords recorded = new AheadRecords(256);

    @Override
    public void event(RawEvent event, long line) {
        recorded.add(event, line);
        recorded.validate(recorded.count() - 1);
    }

    @Override
    public void unusable(long line, String reason) {
        recorded.add(reason, line);
    }

    /** Reports everything recorded to {@code records}, in order. */
    public void replayInto(SourceRecords records) {
        recorded.replayInto(records);
    }
}
