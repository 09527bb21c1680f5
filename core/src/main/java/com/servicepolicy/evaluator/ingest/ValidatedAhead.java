package com.servicepolicy.evaluator.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;

/**
 * For a source that makes its events on the reading thread (one that must see the whole input first, as twcs's threads
 * and Zendesk's tickets do): the events are validated on worker threads, a batch at a time, and handed on to the
 * reader's {@link SourceRecords} in the order they were made, with the unusable records between them where they were
 * reported. Validation is the costliest part of taking an event, and here it would otherwise run on the one thread
 * that already does the source's own work, the duplicate check and the grouping. Call {@link #finish()} once after
 * the last record (also when the source stops on an input error, so that the records before it count); the summary
 * goes on after every record.
 */
public final class ValidatedAhead implements SourceRecords {
    static final int BATCH = 4096;

    private final SourceRecords records;
    private final int batchSize;
    private final Deque<Future<AheadRecords>> inFlight = new ArrayDeque<>();
    private AheadRecords filling;

    public ValidatedAhead(SourceRecords records) {
        this(records, BATCH);
    }

    /** With batches of {@code batchSize} records, for tests. */
    ValidatedAhead(SourceRecords records, int batchSize) {
        this.records = records;
        this.batchSize = batchSize;
        this.filling = new AheadRecords(batchSize);
    }

    @Override
    public void event(RawEvent event, long line) {
        filling.add(event, line);
        submitWhenFull();
    }

    @Override
    public void unusable(long line, String reason) {
        filling.add(reason, line);
        submitWhenFull();
    }

    @Override
    public void summary(SourceSummary summary) {
        finish();
        records.summary(summary);
    }

    /** Hands over every record not handed over yet. */
    public void finish() {
        if (inFlight.isEmpty()) {
            filling.replayInto(records); // a small input: validated where the reader would have validated it
        } else {
            submit();
            while (!inFlight.isEmpty()) {
                deliverOldest();
            }
        }
        filling = new AheadRecords(batchSize);
    }

    /** Drops what is still being validated, after the reader failed. */
    public void abandon() {
        inFlight.forEach(f -> f.cancel(true));
        inFlight.clear();
    }

    private void submitWhenFull() {
        if (filling.count() == batchSize) {
            submit();
        }
    }

    private void submit() {
        AheadRecords batch = filling;
        filling = new AheadRecords(batchSize);
        inFlight.add(WorkerPool.shared().submit(() -> {
            batch.validate(0);
            return batch;
        }));
        while (inFlight.size() > WorkerPool.THREADS + 1 || inFlight.peek().isDone()) {
            deliverOldest();
            if (inFlight.isEmpty()) {
                break;
            }
        }
    }

    private void deliverOldest() {
        WorkerPool.await(inFlight.poll(), this::abandon).replayInto(records);
    }
}
