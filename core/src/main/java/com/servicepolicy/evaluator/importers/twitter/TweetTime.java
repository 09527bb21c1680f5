package com.servicepolicy.evaluator.importers.twitter;

import com.servicepolicy.evaluator.importers.AsciiDigits;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * twcs's {@code created_at}, {@code Tue Oct 31 22:10:47 +0000 2017}: read by hand when it is exactly of that shape with
 * a real date whose weekday is the one written (the formatter's pattern parse was the costliest part of a tweet), and
 * by the formatter otherwise, so that every other text gives what it always gave, or its error.
 */
final class TweetTime {
    static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss Z yyyy", Locale.ENGLISH);
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final long[] DAY_KEYS = keys(DAYS);
    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final long[] MONTH_KEYS = keys(MONTHS);

    private TweetTime() {
    }

    /** @throws DateTimeException the text is not such a time */
    static Instant parse(String text) {
        Instant fast = plain(text);
        return fast != null ? fast : ZonedDateTime.parse(text, CREATED_AT).toInstant();
    }

    /** The time of a plain text ({@code EEE MMM dd HH:mm:ss ±HHMM yyyy}, four-digit year), or null to leave it to the formatter. */
    static Instant plain(String s) {
        if (s.length() != 30 || s.charAt(3) != ' ' || s.charAt(7) != ' ' || s.charAt(10) != ' ' || s.charAt(13) != ':'
                || s.charAt(16) != ':' || s.charAt(19) != ' ' || s.charAt(25) != ' ') {
            return null;
        }
        int dayOfWeek = indexOf(DAY_KEYS, s, 0);
        int month = indexOf(MONTH_KEYS, s, 4);
        int day = AsciiDigits.value(s, 8, 2);
        int hour = AsciiDigits.value(s, 11, 2);
        int minute = AsciiDigits.value(s, 14, 2);
        int second = AsciiDigits.value(s, 17, 2);
        char sign = s.charAt(20);
        int offsetHours = AsciiDigits.value(s, 21, 2);
        int offsetMinutes = AsciiDigits.value(s, 23, 2);
        int year = AsciiDigits.value(s, 26, 4);
        if (dayOfWeek < 0 || month < 0 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
                || second > 59 || (sign != '+' && sign != '-') || offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0
                || offsetMinutes > 59 || year < 1000) {
            return null;
        }
        if (day > lengthOfMonth(year, month)) {
            return null; // the formatter's own reading (it moves a day past the month's end back to its last day)
        }
        long epochDay = epochDay(year, month + 1, day);
        if (Math.floorMod(epochDay + 3, 7) != dayOfWeek) { // 1970-01-01 was a Thursday (3, counting Monday as 0)
            return null; // the formatter's error
        }
        long offset = (sign == '-' ? -1 : 1) * (offsetHours * 3600L + offsetMinutes * 60L);
        if (Math.abs(offset) > 18 * 3600) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offset);
    }

    /** {@code LocalDate.of(year, month + 1, 1).lengthOfMonth()}, without the LocalDates (a tenth of the tweets' garbage). */
    private static int lengthOfMonth(int year, int month) {
        return month == 1 ? (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28) : DAYS_IN_MONTH[month];
    }

    /** {@code LocalDate.of(year, month, day).toEpochDay()} for a real date of a year from 1000 on (days from civil). */
    static long epochDay(int year, int month, int day) {
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097L + dayOfEra - 719_468;
    }

    /** The index of the three-letter name at {@code at} of {@code s} in {@code names} (by their {@link #key}s), or -1. */
    private static int indexOf(long[] names, String s, int at) {
        long key = key(s, at);
        for (int i = 0; i < names.length; i++) {
            if (names[i] == key) {
                return i;
            }
        }
        return -1;
    }

    /** Three chars at {@code at} in one number (String.startsWith per name was a tenth of a tweet's parse). */
    private static long key(String s, int at) {
        return (long) s.charAt(at) << 32 | (long) s.charAt(at + 1) << 16 | s.charAt(at + 2);
    }

    private static long[] keys(String[] names) {
        long[] keys = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = key(names[i], 0);
        }
        return keys;
    }
}
