package com.servicepolicy.evaluator.ingest;

import java.nio.charset.StandardCharsets;

/**
 * The fast path for the usual shape of an event line: one flat JSON object whose values are strings
 * without escapes, numbers, booleans or null. It reads such a line straight from its bytes, several
 * times faster than a general parser, and gives up ({@code null}) on anything else — an escape, a
 * nested value, a syntax error, a limit of the general parser — so that {@link JsonEventFields} (Jackson)
 * reads that line instead: every unusual line and every error message has exactly one implementation,
 * and a line read here gives the same fields as Jackson would (a test compares them on arbitrary lines).
 */
final class FlatJsonLine {
    /** Well below Jackson's own limits on names and numbers, so that whatever passes here passes there. */
    private static final int MAX_NAME = 1_000;
    private static final int MAX_NUMBER = 100;
    private static final EventField[][] FIELDS_BY_LENGTH = fieldsByLength();
    private static final byte[][] NAMES = names();

    private final byte[] b;
    private final int end;
    private int pos;
    private int valueStart;
    private int valueEnd;
    private boolean valueAscii;

    private FlatJsonLine(byte[] b, int off, int len) {
        this.b = b;
        this.pos = off;
        this.end = off + len;
    }

    /** The fields of a flat line, or {@code null} when the line needs the general parser. */
    static RawEvent read(byte[] buf, int off, int len) {
        return new FlatJsonLine(buf, off, len).object();
    }

    private RawEvent object() {
        if (!skipSpaceTo('{')) {
            return null;
        }
        RawEvent f = new RawEvent();
        pos++;
        skipSpace();
        if (pos < end && b[pos] == '}') {
            pos++;
            return endOfLine() ? f : null;
        }
        while (true) {
            if (!skipSpaceTo('"')) {
                return null;
            }
            int nameStart = ++pos;
            if (!string() || pos - nameStart - 1 > MAX_NAME) {
                return null;
            }
            EventField field = field(nameStart, pos - 1);
            if (!skipSpaceTo(':')) {
                return null;
            }
            pos++;
            skipSpace();
            if (!value(f, field == null || !f.markPresent(field) ? null : field)) {
                return null;
            }
            skipSpace();
            if (pos >= end) {
                return null;
            }
            byte c = b[pos++];
            if (c == '}') {
                return endOfLine() ? f : null;
            }
            if (c != ',') {
                return null;
            }
        }
    }

    /** Reads one value; gives it to {@code field} as {@link JsonEventFields} does (null: skip it). */
    private boolean value(RawEvent f, EventField field) {
        if (pos >= end) {
            return false;
        }
        byte c = b[pos];
        if (c == '"') {
            pos++;
            valueStart = pos;
            if (!string()) {
                return false;
            }
            valueEnd = pos - 1;
            if (field != null && valueEnd > valueStart) {
                take(f, field, !field.isNumeric() && !field.isBoolean(), text(), "a string");
            }
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            valueStart = pos;
            if (!number()) {
                return false;
            }
            valueEnd = pos;
            valueAscii = true;
            if (field != null) {
                take(f, field, field.isNumeric(), text(), "a number");
            }
            return true;
        }
        if (c == 't' || c == 'f') {
            if (!literal(c == 't' ? "true" : "false")) {
                return false;
            }
            if (field != null) {
                take(f, field, field.isBoolean(), text(), "a boolean");
            }
            return true;
        }
        return c == 'n' && literal("null");
    }

    private static void take(RawEvent f, EventField field, boolean rightType, String text, String got) {
        if (rightType) {
            f.set(field, text);
        } else {
            f.error(field, "expected a " + field.jsonType() + ", got " + got);
        }
    }

    /** From just after an opening quote to just after the closing one; no escapes, no control characters. */
    private boolean string() {
        boolean ascii = true;
        while (pos < end) {
            byte c = b[pos++];
            if (c == '"') {
                valueAscii = ascii;
                return true;
            }
            if (c == '\\' || (c >= 0 && c < 0x20)) {
                return false;
            }
            ascii &= c >= 0;
        }
        return false;
    }

    /** JSON's number grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private boolean number() {
        int start = pos;
        if (b[pos] == '-') {
            pos++;
        }
        if (pos < end && b[pos] == '0') {
            pos++;
        } else if (digits() == 0) {
            return false;
        }
        if (pos < end && b[pos] == '.') {
            pos++;
            if (digits() == 0) {
                return false;
            }
        }
        if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
            pos++;
            if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
                pos++;
            }
            if (digits() == 0) {
                return false;
            }
        }
        return pos - start <= MAX_NUMBER && isDelimiter();
    }

    private int digits() {
        int start = pos;
        while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
            pos++;
        }
        return pos - start;
    }

    private boolean literal(String word) {
        int n = word.length();
        if (end - pos < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (b[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        valueStart = pos;
        pos += n;
        valueEnd = pos;
        valueAscii = true;
        return isDelimiter();
    }

    /** What may follow a number or a literal: space, a comma, the end of the object. */
    private boolean isDelimiter() {
        if (pos >= end) {
            return false;
        }
        byte c = b[pos];
        return c == ',' || c == '}' || c == ' ' || c == '\t' || c == '\r';
    }

    private String text() {
        return new String(b, valueStart, valueEnd - valueStart,
                valueAscii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private EventField field(int from, int to) {
        int len = to - from;
        if (len >= FIELDS_BY_LENGTH.length) {
            return null;
        }
        for (EventField f : FIELDS_BY_LENGTH[len]) {
            byte[] name = NAMES[f.ordinal()];
            int i = 0;
            while (i < len && b[from + i] == name[i]) {
                i++;
            }
            if (i == len) {
                return f;
            }
        }
        return null;
    }

    private boolean skipSpaceTo(char expected) {
        skipSpace();
        return pos < end && b[pos] == expected;
    }

    private void skipSpace() {
        while (pos < end && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\r')) {
            pos++;
        }
    }

    /** After the closing brace: only space may follow. */
    private boolean endOfLine() {
        skipSpace();
        return pos == end;
    }

    private static EventField[][] fieldsByLength() {
        int max = 0;
        for (EventField f : EventField.values()) {
            max = Math.max(max, f.fieldName().length());
        }
        EventField[][] byLength = new EventField[max + 1][];
        for (int len = 0; len <= max; len++) {
            int length = len;
            byLength[len] = java.util.Arrays.stream(EventField.values())
                    .filter(f -> f.fieldName().length() == length).toArray(EventField[]::new);
        }
        return byLength;
    }

    private static byte[][] names() {
        byte[][] names = new byte[EventField.COUNT][];
        for (EventField f : EventField.values()) {
            names[f.ordinal()] = f.fieldName().getBytes(StandardCharsets.US_ASCII);
        }
        return names;
    }
}
