package com.servicepolicy.evaluator.ingest;

import java.util.Objects;

/**
 * One problem with one record. {@code field} is the contract's field name (case as in the spec),
 * or {@code null} when the whole line/record is unusable (not JSON, not an object, invalid UTF-8,
 * too many CSV cells, broken CSV quoting).
 */
public record FieldError(String field, String reason) {
    public FieldError {
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem with the record as a whole rather than with one field. */
    public static FieldError ofRecord(String reason) {
        return new FieldError(null, reason);
    }

    public boolean isWholeRecord() {
        return field == null;
    }

    @Override
    public String toString() {
        return field == null ? reason : field + ": " + reason;
    }
}
