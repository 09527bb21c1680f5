package com.servicepolicy.evaluator.importers;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.util.ArrayList;
import java.util.List;

/**
 * A fast reader for the fixed-width patterns exports use ({@code dd-MM-yyyy HH:mm}, {@code MM/dd/yyyy hh:mm:ss a}):
 * digits by position, AM/PM, literal separators. {@link java.time.format.DateTimeFormatter} costs more than the rest of
 * an imported row; it remains the reference, used for every pattern or text this class does not take.
 */
final class FixedWidthTime {
    private enum Field { YEAR, MONTH, DAY, HOUR24, HOUR12, MINUTE, SECOND, AMPM, LITERAL }

    private record Part(Field field, int width, char literal) {
    }

    /** No time: the text does not fit, or names a day or hour that does not exist. */
    static final long NO_TIME = Long.MIN_VALUE;
    private static final long DAYS_0000_TO_1970 = (146_097 * 5L) - (30L * 365L + 7L);

    private final List<Part> parts;
    private final int length;
    private final boolean hasTime;

    private FixedWidthTime(List<Part> parts) {
        this.parts = parts;
        this.length = parts.stream().mapToInt(Part::width).sum();
        this.hasTime = parts.stream().anyMatch(p -> p.field() == Field.HOUR24 || p.field() == Field.HOUR12);
    }

    /** The reader of {@code pattern}, or null when the pattern is not made only of fixed-width fields and separators. */
    static FixedWidthTime of(String pattern) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < pattern.length(); ) {
            char c = pattern.charAt(i);
            int run = 1;
            while (i + run < pattern.length() && pattern.charAt(i + run) == c) {
                run++;
            }
            Field field = switch (c) {
                case 'y', 'u' -> run == 4 ? Field.YEAR : null;
                case 'M' -> run == 2 ? Field.MONTH : null;
                case 'd' -> run == 2 ? Field.DAY : null;
                case 'H' -> run == 2 ? Field.HOUR24 : null;
                case 'h' -> run == 2 ? Field.HOUR12 : null;
                case 'm' -> run == 2 ? Field.MINUTE : null;
                case 's' -> run == 2 ? Field.SECOND : null;
                case 'a' -> run == 1 ? Field.AMPM : null;
                case ' ', '-', '/', '.', ':', 'T', ',' -> Field.LITERAL;
                default -> null;
            };
            if (field == null) {
                return null;
            }
            if (field == Field.LITERAL) {
                for (int k = 0; k < run; k++) {
                    parts.add(new Part(Field.LITERAL, 1, c));
                }
            } else {
                parts.add(new Part(field, field == Field.AMPM ? 2 : run, ' '));
            }
            i += run;
        }
        long ampm = parts.stream().filter(p -> p.field() == Field.AMPM).count();
        long hour12 = parts.stream().filter(p -> p.field() == Field.HOUR12).count();
        return ampm == hour12 ? new FixedWidthTime(parts) : null;
    }

    /** The local time, or null when the text does not fit the pattern (the formatter then decides, with its message). */
    LocalDateTime parse(String text) {
        long seconds = localEpochSecond(text);
        return seconds == NO_TIME ? null : LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    /**
     * The local time as seconds from 1970-01-01T00:00 (local), or {@link #NO_TIME} when the text does not fit the
     * pattern or names no real time (30 February): what {@link #parse} reads, without its objects.
     */
    long localEpochSecond(String text) {
        if (text.length() != length) {
            return NO_TIME;
        }
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
        boolean pm = false;
        int at = 0;
        for (Part p : parts) {
            if (p.field() == Field.LITERAL) {
                if (text.charAt(at) != p.literal()) {
                    return NO_TIME;
                }
            } else if (p.field() == Field.AMPM) {
                char a = Character.toUpperCase(text.charAt(at));
                if ((a != 'A' && a != 'P') || Character.toUpperCase(text.charAt(at + 1)) != 'M') {
                    return NO_TIME;
                }
                pm = a == 'P';
            } else {
                int v = AsciiDigits.value(text, at, p.width());
                if (v < 0) {
                    return NO_TIME;
                }
                switch (p.field()) {
                    case YEAR -> year = v;
                    case MONTH -> month = v;
                    case DAY -> day = v;
                    case HOUR24 -> hour = v;
                    case HOUR12 -> {
                        if (v < 1 || v > 12) {
                            return NO_TIME;
                        }
                        hour = v % 12;
                    }
                    case MINUTE -> minute = v;
                    case SECOND -> second = v;
                    default -> { }
                }
            }
            at += p.width();
        }
        if (pm) {
            hour += 12;
        }
        if (!hasTime) {
            hour = 0;
        }
        // LocalDateTime.of's checks; a year of four digits is always in its range
        if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 59) {
            return NO_TIME;
        }
        return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> IsoChronology.INSTANCE.isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** {@link java.time.LocalDate#toEpochDay()}'s arithmetic, for a valid date. */
    private static long epochDay(long year, int month, int day) {
        long total = 365 * year;
        if (year >= 0) {
            total += (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
        } else {
            total -= year / -4 - year / -100 + year / -400;
        }
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!IsoChronology.INSTANCE.isLeapYear(year)) {
                total--;
            }
        }
        return total - DAYS_0000_TO_1970;
    }
}
