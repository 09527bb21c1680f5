package com.servicepolicy.evaluator.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw text of one candidate event's contract fields, whatever source it came from, plus the
 * problems found while extracting them (wrong JSON type, repeated key, a value a source adapter could
 * not map). Values are the text as written: JSON numbers keep their literal ({@code 5}, {@code 4.5});
 * empty strings and nulls are absent. The reader validates it against the contract.
 */
public final class RawEvent {
    private final String[] values = new String[EventField.COUNT];
    private int present;   // bit per field: key seen (JSON), to catch repeated keys
    private int flagged;   // bit per field: already has an error, so no "missing" on top
    private List<FieldError> errors;
    private boolean unusable;
    private ParseResult validated; // validated ahead, on a parsing thread
    private long validatedLine;

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

    /** Sets a field's text; null or empty means absent. */
    public RawEvent set(EventField f, String value) {
        if (value != null && !value.isEmpty()) {
            values[f.ordinal()] = value;
        }
        return this;
    }

    public String get(EventField f) {
        return values[f.ordinal()];
    }

    boolean hasError(EventField f) {
        return (flagged & (1 << f.ordinal())) != 0;
    }

    /** The field's value is unusable for {@code reason}; the event will be rejected naming it. */
    public void error(EventField f, String reason) {
        flagged |= 1 << f.ordinal();
        values[f.ordinal()] = null;
        errors().add(new FieldError(f.fieldName(), reason));
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

    /** Validates now, as the event at {@code line}, so that the reading thread need not. */
    void validateAhead(long line) {
        validated = EventValidator.validate(this, line);
        validatedLine = line;
        if (validated.isValid()) {
            // computed here, on a parsing thread, and kept by the strings: the reading thread's duplicate check
            // and grouping by customer hash them again
            validated.event().getEventId().hashCode();
            validated.event().getCustomerId().hashCode();
            if (validated.event().getInteractionId() != null) {
                validated.event().getInteractionId().hashCode(); // the data-quality check's key
            }
        }
    }

    /** The event validated as the record at {@code line}, from the work done ahead when it was done for that line. */
    ParseResult validate(long line) {
        return validated != null && validatedLine == line ? validated : EventValidator.validate(this, line);
    }

    /** Everything extracted, for comparing two ways of extracting a record (tests). */
    @Override
    public String toString() {
        return java.util.Arrays.toString(values) + " errors=" + errorList() + (unusable ? " unusable" : "");
    }
}
