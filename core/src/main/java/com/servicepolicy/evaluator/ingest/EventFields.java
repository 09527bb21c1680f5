package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw text of one record's contract fields, whatever format it came from, plus the problems
 * found while extracting them (wrong JSON type, repeated key). Values are the text as written:
 * JSON numbers keep their literal ({@code 5}, {@code 4.5}); empty strings and nulls are absent.
 */
final class EventFields {
    private final String[] values = new String[EventField.COUNT];
    private int present;   // bit per field: key seen (JSON), to catch repeated keys
    private int flagged;   // bit per field: already has an error, so no "missing" on top
    private List<FieldError> errors;
    private boolean unusable;

    /** Marks the key as seen; {@code false} (and an error) if it was seen before in this record. */
    boolean markPresent(EventField f) {
        int bit = 1 << f.ordinal();
        if ((present & bit) != 0) {
            error(f, "given more than once");
            return false;
        }
        present |= bit;
        return true;
    }

    void set(EventField f, String value) {
        if (value != null && !value.isEmpty()) {
            values[f.ordinal()] = value;
        }
    }

    String get(EventField f) {
        return values[f.ordinal()];
    }

    boolean hasError(EventField f) {
        return (flagged & (1 << f.ordinal())) != 0;
    }

    void error(EventField f, String reason) {
        flagged |= 1 << f.ordinal();
        values[f.ordinal()] = null;
        errors().add(new FieldError(f.fieldName, reason));
    }

    /** The record as a whole is broken; its fields must not be validated. */
    void recordError(String reason) {
        unusable = true;
        errors().add(FieldError.ofRecord(reason));
    }

    boolean isUnusable() {
        return unusable;
    }

    boolean hasErrors() {
        return errors != null;
    }

    List<FieldError> errorList() {
        return errors == null ? List.of() : errors;
    }

    private List<FieldError> errors() {
        if (errors == null) {
            errors = new ArrayList<>(2);
        }
        return errors;
    }
}
