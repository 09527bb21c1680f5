package com.servicepolicy.evaluator.importers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Reads a source's local times ({@code 29-02-2016 01:16}, {@code 12/25/2013 11:59:08 PM}) in the source's zone
 * and writes them as the contract's instants. A local time that a daylight-saving change skips is moved forward
 * and one it repeats takes the earlier offset ({@link java.time.ZonedDateTime#of} does so), as the source gives no
 * offset to choose by.
 */
public final class SourceTimes {
    private final String pattern;
    private final DateTimeFormatter format;
    private final ZoneId zone;

    public SourceTimes(String pattern, ZoneId zone) {
        this.pattern = pattern;
        this.format = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .parseDefaulting(ChronoField.HOUR_OF_DAY, 0)
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.SMART);
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The instant {@code text} names; throws {@link IllegalArgumentException} with the reason. */
    public Instant toInstant(String text) {
        try {
            return LocalDateTime.parse(text.trim(), format).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of the form " + pattern);
        }
    }

    /** The contract's text of the instant {@code text} names, e.g. {@code 2016-02-29T01:16:00Z}. */
    public String toInstantText(String text) {
        return toInstant(text).toString();
    }
}
