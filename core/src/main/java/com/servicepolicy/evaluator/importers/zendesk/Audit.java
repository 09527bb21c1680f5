package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.importers.AsciiDigits;
import tools.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One audit, the line it starts on, and what grouping needs of it, read where it was first parsed: its ticket and
 * time, or why it cannot be used ({@code problem}, then {@code at} is null, with the rows it costs); and what converting
 * its ticket needs of it ({@link AuditContent}), read at the same time. Neither its tree nor its bytes are held: a
 * million audit events held as trees took 1.2 GB of heap that every collection had to walk, and holding them as bytes
 * meant parsing each audit a second time where its ticket was converted.
 */
final class Audit {
    private final long line;
    private final AuditContent content; // null when the audit cannot be used
    private final String ticket;
    private final Instant at;
    private final String problem;
    private final int problemRows;

    private Audit(long line, AuditContent content, String ticket, Instant at, String problem, int problemRows) {
        this.line = line;
        this.content = content;
        this.ticket = ticket;
        this.at = at;
        this.problem = problem;
        this.problemRows = problemRows;
    }

    private static final int[] MONTH_DAYS = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    /** {@code YearMonth.of(year, month).lengthOfMonth()}, without making a YearMonth per audit. */
    private static int monthLength(int year, int month) {
        boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : MONTH_DAYS[month - 1];
    }

    /** {@code LocalDate.of(year, month, day).toEpochDay()} for a valid date of years 0–9999 (days from civil). */
    private static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year; // years that begin in March: the leap day comes last
        int era = Math.floorDiv(y, 400);
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** An audit whose ticket, time and content are read from its tree. */
    static Audit of(long line, JsonNode node) {
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
        if (why != null) {
            return new Audit(line, null, id, null, why + " (audit " + node.path("id").asString("?") + ")",
                    Math.max(1, node.path("events").size()));
        }
        return new Audit(line, AuditContent.of(node), id, time, null, 0);
    }

    /**
     * An audit of ticket {@code ticket} whose {@code created_at} text {@code created} is no time, read from its tokens:
     * what {@link #of(long, JsonNode)} makes of it, {@code auditId} being its {@code id} as the tree's
     * {@code asString("?")} gives it and {@code events} its number of events.
     */
    static Audit badTime(long line, String ticket, String created, String auditId, int events) {
        return new Audit(line, null, ticket, null, "created_at: '" + created + "' is not an ISO-8601 time (audit " + auditId + ")",
                Math.max(1, events));
    }

    /** A usable audit whose ticket, time and content were read from its tokens. */
    static Audit of(long line, String ticket, Instant at, AuditContent content) {
        ticket.hashCode(); // kept by the string: computed here, on a worker, not where the reading thread groups by ticket
        return new Audit(line, content, ticket, at, null, 0);
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
                    && minute <= 59 && second >= 0 && second <= 59 && day <= monthLength(year, month)) {
                return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second);
            }
        }
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if ((first < '0' || first > '9') && first != '+' && first != '-') {
            throw new NotATime(text); // what Instant.parse throws, without its formatter's work and the stack trace
        }
        return Instant.parse(text);
    }

    /**
     * {@link Instant#parse}'s error for a text whose first character can start no year (an ASCII digit or a sign): its
     * message, without a stack trace. The benchmark's document rejects a fifth of its audits for {@code created_at:
     * 'yesterday'}, and each one cost the formatter's attempt and a stack trace 50 frames deep.
     */
    private static final class NotATime extends DateTimeParseException {
        NotATime(String text) {
            super("Text '" + (text.length() > 64 ? text.substring(0, 64) + "..." : text) + "' could not be parsed at index 0",
                    text, 0);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    long line() {
        return line;
    }

    /** What converting its ticket reads of it; null when it cannot be used. */
    AuditContent content() {
        return content;
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
