package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

/**
 * An event before its place in the log is known: a batch is sorted by (at, order) and only then
 * does each event get its sequence. {@code order} is creation order, which keeps causes before
 * effects when they share a second (a call answered the moment it was queued).
 */
record Draft(long at, long order, EventType type, Event.Builder builder) {
    Event build(long sequence) {
        return builder.sequence(sequence).build();
    }
}
