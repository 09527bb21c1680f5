package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;

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
}
