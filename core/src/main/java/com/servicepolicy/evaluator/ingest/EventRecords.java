package com.servicepolicy.evaluator.ingest;

/**
 * The one record accounting of every door: validates each candidate event an {@link EventSource}
 * reports, tells duplicates by eventId, and counts every record once as accepted, duplicate or
 * rejected before handing it to the {@link EventSink}.
 */
final class EventRecords implements SourceRecords {
    private final String source;
    private final EventIdRegistry ids;
    private final EventSink sink;
    private long read;
    private long accepted;
    private long duplicates;
    private long rejected;

    EventRecords(String source, EventIdRegistry ids, EventSink sink) {
        this.source = source;
        this.ids = ids;
        this.sink = sink;
    }

    @Override
    public void event(RawEvent event, long line) {
        read++;
        ParseResult result = event.validate(line);
        if (!result.isValid()) {
            rejected++;
            sink.rejected(result.toRejection(source, line));
        } else if (ids.add(result.eventId(), source, line)) {
            accepted++;
            sink.accept(result.event());
        } else {
            duplicates++;
            String id = result.eventId();
            sink.duplicate(new Duplicate(source, line, id, ids.firstSeen(id).orElse(null)));
        }
    }

    /**
     * An event a worker validated as valid ahead, at this {@code line}: what {@link #event} does with it, from the
     * event, its id and the id's hash ({@link AheadRecords}).
     */
    void validEvent(com.servicepolicy.evaluator.event.Event event, String eventId, int hash, long line) {
        read++;
        if (ids.add(eventId, hash, source, line)) {
            accepted++;
            sink.accept(event);
        } else {
            duplicates++;
            sink.duplicate(new Duplicate(source, line, eventId, ids.firstSeen(eventId).orElse(null)));
        }
    }

    /** The ids of these hashes are the next ones to check: see {@link EventIdRegistry#expect}. */
    void idsExpected(int[] hashes, int from, int to) {
        ids.expect(hashes, from, to);
    }

    @Override
    public void unusable(long line, String reason) {
        read++;
        rejected++;
        sink.rejected(Rejection.ofRecord(source, line, reason));
    }

    @Override
    public void summary(SourceSummary summary) {
        sink.summary(summary);
    }

    ReadStats stats() {
        return new ReadStats(read, accepted, duplicates, rejected);
    }
}
