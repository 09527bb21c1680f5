package com.servicepolicy.evaluator.ingest;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A record that was read but not accepted. {@code line} is the 1-based physical line where the
 * record starts; {@code eventId} is the record's id when it could be read (for customer files:
 * the customerId), else {@code null}. {@code errors} is never empty and lists every problem found.
 */
public record Rejection(String source, long line, String eventId, List<FieldError> errors) {
    public Rejection {
        Objects.requireNonNull(source, "source");
        errors = List.copyOf(errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one error");
        }
    }

    static Rejection ofRecord(String source, long line, String reason) {
        return new Rejection(source, line, null, List.of(FieldError.ofRecord(reason)));
    }

    /** Field of the first error; {@code null} for a whole-record problem. */
    public String field() {
        return errors.get(0).field();
    }

    /** Reason of the first error. */
    public String reason() {
        return errors.get(0).reason();
    }

    /** E.g. {@code samples/events.jsonl:12: at: time without offset; rating: missing}. */
    @Override
    public String toString() {
        return source + ":" + line + ": "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
    }
}
