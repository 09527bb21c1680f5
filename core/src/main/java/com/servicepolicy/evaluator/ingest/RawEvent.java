package com.servicepolicy.evaluator.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw text of one candidate event's contract fields, whatever source it came from, plus the
 * problems found while extracting them (wrong JSON type, repeated key, a value a source adapter could
 * not map). Values are the text as written: JSON numbers keep their literal ({@code 5}, {@code 4.5});
 * empty strings and nulls are absent. The reader validates it against the contract.
 */
public final class RawEvent {
    /** No time given as an instant: the field's text, if any, is read by the validator. */
    static final long NO_TIME = Long.MIN_VALUE;
    private final String[] values = new String[EventField.COUNT];
    // [0] AT, [1] DUE_AT given as instants (setTime), in epoch millis or NO_TIME; only made by setTime, so that a
    // record of our JSON Lines is no larger than before (two longs here made every RawEvent 16 bytes larger)
    private long[] instants;
    private int present;   // bit per field: key seen (JSON), to catch repeated keys
    private int flagged;   // bit per field: already has an error, so no "missing" on top
    private List<FieldError> errors;
    // bit per field: its text was given by setClean (free of U+0000 and unpaired surrogates); bit 31: the record is
    // unusable. One int for both, so that a record of our JSON Lines is no larger than before (a field more made
    // every RawEvent 8 bytes larger)
    private int checks;
    private static final int UNUSABLE = 1 << 31;
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
        return text(f, value, false);
    }

    /**
     * {@link #set}, for a text the caller has found clean ({@link TextLimits#clean}): the validator then checks only its
     * length. For importers, whose texts repeat (a row's cells in several events, a mapping's constants, a thread's
     * customer), so that each is checked once, not once per event.
     */
    public RawEvent setClean(EventField f, String value) {
        return text(f, value, true);
    }

    private RawEvent text(EventField f, String value, boolean clean) {
        if (value != null && !value.isEmpty()) {
            values[f.ordinal()] = value; // a text wins over a time set before as an instant
            checks = clean ? checks | 1 << f.ordinal() : checks & ~(1 << f.ordinal());
        }
        return this;
    }

    /** Whether the field's text, if any, was given by {@link #setClean}. */
    boolean isClean(EventField f) {
        return (checks & (1 << f.ordinal())) != 0;
    }

    /**
     * Sets {@code at} or {@code dueAt} from an instant a source adapter has read: what {@code set(f,
     * instant.toString())} does, without the text. An instant of whole seconds in the contract's range is kept as
     * epoch milliseconds, which the validator takes as they are (from the text it would read back exactly those, with
     * no error); any other instant is set as its text, and read as before.
     */
    public RawEvent setTime(EventField f, Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < Times.EARLIEST.getEpochSecond() || seconds > Times.LATEST.getEpochSecond()
                || instantSlot(f) < 0) {
            return set(f, instant.toString());
        }
        values[f.ordinal()] = null;
        if (instants == null) {
            instants = new long[]{NO_TIME, NO_TIME};
        }
        instants[instantSlot(f)] = seconds * 1000;
        return this;
    }

    /** The field's text; a time set as an instant is written out (as {@link Instant#toString()}) only here. */
    public String get(EventField f) {
        String text = values[f.ordinal()];
        long millis;
        return text != null || (millis = timeMillis(f)) == NO_TIME ? text : Instant.ofEpochMilli(millis).toString();
    }

    /**
     * The field's text as set: what the validator reads, {@code null} for a time set as an instant (which it takes
     * from {@link #timeMillis}, and which has nothing to check for limits).
     */
    String written(EventField f) {
        return values[f.ordinal()];
    }

    /**
     * Epoch milliseconds of a time set as an instant of the contract's range, when no text has been set since (else
     * {@link #NO_TIME}); the validator asks only when {@link #written} is null.
     */
    long timeMillis(EventField f) {
        int slot = instantSlot(f);
        return instants == null || slot < 0 || values[f.ordinal()] != null ? NO_TIME : instants[slot];
    }

    private void forgetTime(EventField f) {
        int slot = instantSlot(f);
        if (instants != null && slot >= 0) {
            instants[slot] = NO_TIME;
        }
    }

    /** Where {@code instants} keeps the field's time: 0 for {@code at}, 1 for {@code dueAt}, -1 for any other. */
    private static int instantSlot(EventField f) {
        return f == EventField.AT ? 0 : f == EventField.DUE_AT ? 1 : -1;
    }

    boolean hasError(EventField f) {
        return (flagged & (1 << f.ordinal())) != 0;
    }

    /** The field's value is unusable for {@code reason}; the event will be rejected naming it. */
    public void error(EventField f, String reason) {
        flagged |= 1 << f.ordinal();
        values[f.ordinal()] = null;
        forgetTime(f);
        errors().add(new FieldError(f.fieldName(), reason));
    }

    /** The record as a whole is broken; its fields must not be validated. */
    void recordError(String reason) {
        checks |= UNUSABLE;
        errors().add(FieldError.ofRecord(reason));
    }

    boolean isUnusable() {
        return (checks & UNUSABLE) != 0;
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

    /** Validates now, as the event at {@code line}, so that the reading thread need not; returns the result. */
    ParseResult validateAhead(long line) {
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
        return validated;
    }

    /** The event validated as the record at {@code line}, from the work done ahead when it was done for that line. */
    ParseResult validate(long line) {
        return validated != null && validatedLine == line ? validated : EventValidator.validate(this, line);
    }

    /** Everything extracted, for comparing two ways of extracting a record (tests). */
    @Override
    public String toString() {
        String[] texts = new String[EventField.COUNT];
        for (EventField f : EventField.values()) {
            texts[f.ordinal()] = get(f);
        }
        return java.util.Arrays.toString(texts) + " errors=" + errorList() + (isUnusable() ? " unusable" : "");
    }
}
