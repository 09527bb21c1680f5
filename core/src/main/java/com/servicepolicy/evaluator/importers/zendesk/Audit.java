package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.importers.AsciiDigits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.DateTimeException;
import java.time.Instant;

/**
 * One audit, the line it starts on, and what grouping needs of it, read where it was first parsed: its ticket and
 * time, or why it cannot be used ({@code problem}, then {@code at} is null, with the rows it costs). The audit itself is
 * held as its bytes and parsed again where its ticket is converted: a million audit events held as trees took 1.2 GB
 * of heap that every collection had to walk; as bytes they take what the file does.
 */
final class Audit {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final long line;
    private final JsonNode node;   // the tree, when held as one (a document read as characters)
    private final byte[] text;     // else the bytes [offset, offset + length) of text
    private final int offset;
    private final int length;
    private final String ticket;
    private final Instant at;
    private final String problem;
    private final int problemRows;

    private Audit(long line, JsonNode node, byte[] text, int offset, int length, String ticket, Instant at,
                  String problem, int problemRows) {
        this.line = line;
        this.node = node;
        this.text = text;
        this.offset = offset;
        this.length = length;
        this.ticket = ticket;
        this.at = at;
        this.problem = problem;
        this.problemRows = problemRows;
    }

    /** An audit whose ticket and time are read from {@code node}, held as {@code held} or else as the bytes. */
    private static Audit read(long line, JsonNode node, JsonNode held, byte[] text, int offset, int length) {
        String id = node.path("ticket_id").asString("");
        Instant time = null;
        String why = null;
        if (id.isEmpty()) {
            why = "ticket_id: missing";
        } else {
            try {
                time = instant(node.path("created_at").asString(""));
            } catch (DateTimeException e) {
                why = "created_at: '" + node.path("created_at").asString("") + "' is not an ISO-8601 time";
            }
        }
        return new Audit(line, held, text, offset, length, id, time,
                why == null ? null : why + " (audit " + node.path("id").asString("?") + ")",
                why == null ? 0 : Math.max(1, node.path("events").size()));
    }

    /**
     * {@link Instant#parse}, by hand for the API's plain {@code 2026-03-02T09:00:00Z} (its formatter was a fifth of an
     * audit's first reading); anything else, or a date or time out of range, is left to {@code Instant.parse}.
     */
    static Instant instant(String text) {
        if (text.length() == 20 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == 'Z') {
            int year = AsciiDigits.value(text, 0, 4);
            int month = AsciiDigits.value(text, 5, 2);
            int day = AsciiDigits.value(text, 8, 2);
            int hour = AsciiDigits.value(text, 11, 2);
            int minute = AsciiDigits.value(text, 14, 2);
            int second = AsciiDigits.value(text, 17, 2);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && hour >= 0 && hour <= 23 && minute >= 0
                    && minute <= 59 && second >= 0 && second <= 59
                    && day <= java.time.YearMonth.of(year, month).lengthOfMonth()) {
                return Instant.ofEpochSecond(java.time.LocalDate.of(year, month, day).toEpochDay() * 86_400
                        + hour * 3600L + minute * 60L + second);
            }
        }
        return Instant.parse(text);
    }

    /** An audit held as its tree. */
    static Audit of(long line, JsonNode node) {
        return read(line, node, node, null, 0, 0);
    }

    /** An audit held as {@code text[offset, offset + length)}, whose tree is {@code node} (not kept). */
    static Audit of(long line, JsonNode node, byte[] text, int offset, int length) {
        return read(line, node, null, text, offset, length);
    }

    /** A usable audit held as {@code text[offset, offset + length)}, its ticket and time read without its tree. */
    static Audit of(long line, String ticket, Instant at, byte[] text, int offset, int length) {
        return new Audit(line, null, text, offset, length, ticket, at, null, 0);
    }

    long line() {
        return line;
    }

    /** The audit's tree: the one held, or its bytes parsed again. */
    JsonNode node() {
        return node != null ? node : JSON.readTree(text, offset, length);
    }

    String ticket() {
        return ticket;
    }

    Instant at() {
        return at;
    }

    /** Why the audit cannot be used, naming it; null when it can. */
    String problem() {
        return problem;
    }

    /** The rows (events) an unusable audit is rejected as. */
    int problemRows() {
        return problemRows;
    }
}
