package com.servicepolicy.evaluator.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Parses contract times — every instant the product reads, from a log line, a request, a command-line
 * option or a query parameter: ISO-8601 date-time with an offset or {@code Z}. The common canonical
 * shape ({@code 2026-03-20T08:23:48[.fff](Z|+hh:mm)}) is read by hand because DateTimeFormatter
 * costs several times more than the rest of a line; anything else goes through
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}, which defines what is accepted.
 */
public final class Times {
    static final String WITHOUT_OFFSET = "time without offset";
    /** The contract's range of event times, inclusive (shared/spec/event-log.md, "Limits"). */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("2999-12-31T23:59:59Z");
    static final String OUT_OF_RANGE = "outside the contract's range " + EARLIEST + " to " + LATEST;

    private Times() {
    }

    /** The instant {@code text} names; throws {@link IllegalArgumentException} with the reason. */
    public static Instant parseInstant(String text) {
        return Instant.ofEpochMilli(epochMillis(text));
    }

    /** Epoch milliseconds of {@code text}; throws {@link IllegalArgumentException} with the reason. */
    static long epochMillis(String text) {
        long fast = fastEpochMillis(text);
        if (fast != Long.MIN_VALUE) {
            return fast;
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException(hasNoOffset(text) ? WITHOUT_OFFSET
                    : "not an ISO-8601 time with offset: '" + Texts.abbreviate(text) + "'");
        }
    }

    /** Whether an event time lies in the contract's range. */
    public static boolean inContractRange(long epochMillis) {
        return epochMillis >= EARLIEST.toEpochMilli() && epochMillis <= LATEST.toEpochMilli();
    }

    private static boolean hasNoOffset(String text) {
        try {
            LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The canonical shape only; {@code Long.MIN_VALUE} means "not recognised, use the slow path". */
    static long fastEpochMillis(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4), month = digits(s, 5, 2), day = digits(s, 8, 2);
        int hour = digits(s, 11, 2), minute = digits(s, 14, 2), second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        int i = 19;
        int millis = 0;
        if (s.charAt(i) == '.') {
            int start = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i - start < 3) {
                    millis = millis * 10 + (s.charAt(i) - '0');
                }
                i++;
            }
            int count = i - start;
            if (count == 0 || count > 9) {
                return Long.MIN_VALUE;
            }
            for (int k = count; k < 3; k++) {
                millis *= 10;
            }
        }
        int offsetSeconds;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offsetSeconds = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2), om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59) {
                return Long.MIN_VALUE;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        long epochDay;
        try {
            epochDay = LocalDate.of(year, month, day).toEpochDay(); // validates e.g. Feb 30
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
        long seconds = epochDay * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds;
        return seconds * 1000 + millis;
    }

    /** The non-negative value of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
