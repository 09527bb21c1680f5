package com.servicepolicy.evaluator.importers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Reads a source's local times ({@code 29-02-2016 01:16}, {@code 12/25/2013 11:59:08 PM}) in the source's zone
 * as instants. A local time that a daylight-saving change skips is moved forward
 * and one it repeats takes the earlier offset ({@link java.time.ZonedDateTime#of} does so), as the source gives no
 * offset to choose by. A date-only pattern gives the day's start (which the data-quality findings then flag in bulk).
 */
public final class SourceTimes {
    private final String pattern;
    private final FixedWidthTime fast;
    private final DateTimeFormatter format;
    private final ZoneId zone;
    private final LocalHours hours;

    public SourceTimes(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.fast = FixedWidthTime.of(pattern);
        // STRICT: 31-02-2016 is no date (SMART would read it as 29 February); STRICT needs proleptic years (u, not y).
        this.format = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(prolepticYears(pattern))
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        this.zone = zone;
        this.hours = new LocalHours(zone);
    }

    private static String prolepticYears(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant {@code text} names; throws {@link IllegalArgumentException} with the reason. */
    public Instant toInstant(String text) {
        long local = fast == null ? FixedWidthTime.NO_TIME : fast.localEpochSecond(text);
        return local != FixedWidthTime.NO_TIME ? Instant.ofEpochSecond(hours.epochSecond(local)) : formatted(text);
    }

    private Instant formatted(String text) {
        try {
            TemporalAccessor parsed = format.parseBest(text.trim(), LocalDateTime::from, LocalDate::from);
            LocalDateTime local = parsed instanceof LocalDate date ? date.atStartOfDay() : (LocalDateTime) parsed;
            return local.atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of the form " + pattern);
        }
    }
}
