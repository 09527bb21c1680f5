package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Event;
import java.util.List;

/**
 * Outcome of turning one record into an {@link Event}: either {@code event} is set and
 * {@code errors} is empty, or {@code event} is {@code null} and {@code errors} lists every problem.
 * {@code eventId} is the record's id when it could be read, also for invalid records.
 */
public record ParseResult(Event event, String eventId, List<FieldError> errors) {
    public ParseResult {
        errors = List.copyOf(errors);
        if ((event == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("exactly one of event and errors must be given");
        }
    }

    static ParseResult valid(Event event) {
        return new ParseResult(event, event.getEventId(), List.of());
    }

    static ParseResult invalid(String eventId, List<FieldError> errors) {
        return new ParseResult(null, eventId, errors);
    }

    static ParseResult invalidRecord(String reason) {
        return invalid(null, List.of(FieldError.ofRecord(reason)));
    }

    public boolean isValid() {
        return event != null;
    }

    /** As a {@link Rejection} at the given place; only for invalid results. */
    public Rejection toRejection(String source, long line) {
        return new Rejection(source, line, eventId, errors);
    }
}
