package com.servicepolicy.evaluator.policy;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them in settings and scenarios: {@code 90s}, {@code 45m}, {@code 4h},
 * {@code 30d}, or combined {@code 4h 1s}; also {@code 1.5h}. Parsed to milliseconds.
 */
public final class Durations {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d|w)");
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    private Durations() {
    }

    /** Milliseconds in {@code text}; throws IllegalArgumentException naming the text when it is not a duration. */
    public static long parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("empty duration; write e.g. 4h, 30m, 3d or 4h 1s");
        }
        Matcher m = PART.matcher(trimmed);
        long total = 0;
        int end = 0;
        while (m.find()) {
            if (!trimmed.substring(end, m.start()).isBlank()) {
                break;
            }
            total += Math.round(Double.parseDouble(m.group(1)) * unit(m.group(2)));
            end = m.end();
        }
        if (end == 0 || !trimmed.substring(end).isBlank()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 4h, 30m, 3d or 4h 1s");
        }
        return total;
    }

    private static long unit(String unit) {
        return switch (unit) {
            case "ms" -> 1;
            case "s" -> SECOND;
            case "m" -> MINUTE;
            case "h" -> HOUR;
            case "d" -> DAY;
            case "w" -> 7 * DAY;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    /** Milliseconds as hours, the unit violations report durations in. */
    public static double hours(long millis) {
        return Math.round(millis / 3.6) / 1_000_000.0;
    }

    /** A readable form such as {@code 3h 12m 5s}, or {@code 0s}. */
    public static String format(long millis) {
        StringBuilder out = new StringBuilder(millis < 0 ? "-" : "");
        long rest = Math.abs(millis);
        long days = rest / DAY;
        rest %= DAY;
        long hours = rest / HOUR;
        rest %= HOUR;
        long minutes = rest / MINUTE;
        rest %= MINUTE;
        long seconds = rest / SECOND;
        append(out, days, "d");
        append(out, hours, "h");
        append(out, minutes, "m");
        append(out, seconds, "s");
        if (out.isEmpty() || out.toString().equals("-")) {
            out.append(rest).append("ms");
        }
        return out.toString().trim();
    }

    private static void append(StringBuilder out, long value, String unit) {
        if (value > 0) {
            out.append(out.isEmpty() || out.toString().equals("-") ? "" : " ").append(value).append(unit);
        }
    }
}
