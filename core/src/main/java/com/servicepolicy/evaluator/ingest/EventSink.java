package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;

import java.util.function.Consumer;

/**
 * Receives the outcome of every record, in input order, while the input is being read, so that
 * callers never need the whole log in memory. Exceptions thrown here abort the read.
 */
public interface EventSink {
    void accept(Event event);

    default void rejected(Rejection rejection) {
    }

    default void duplicate(Duplicate duplicate) {
    }

    /** What an importing source made of its input's rows (see {@link SourceSummary}). */
    default void summary(SourceSummary summary) {
    }

    /** A sink from three callbacks, for callers that only route outcomes elsewhere. */
    static EventSink of(Consumer<Event> accepted, Consumer<Rejection> rejected, Consumer<Duplicate> duplicates) {
        return new EventSink() {
            @Override
            public void accept(Event event) {
                accepted.accept(event);
            }

            @Override
            public void rejected(Rejection rejection) {
                rejected.accept(rejection);
            }

            @Override
            public void duplicate(Duplicate duplicate) {
                duplicates.accept(duplicate);
            }
        };
    }
}
