package com.servicepolicy.evaluator.importers.mapping;

import com.servicepolicy.evaluator.importers.SourceTimes;
import com.servicepolicy.evaluator.ingest.Times;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A mapping's time formats in its zone, tried in order; a time with an offset is always taken as written. */
final class RowTimes {
    private final List<SourceTimes> formats;
    private final List<String> patterns;

    RowTimes(List<String> patterns, ZoneId zone) {
        this.patterns = patterns;
        this.formats = patterns.stream().map(p -> new SourceTimes(p, zone)).toList();
    }

    /** The instant {@code text} names; throws {@link IllegalArgumentException} naming the formats tried. */
    Instant instant(String text) {
        for (SourceTimes format : formats) {
            try {
                return format.toInstant(text);
            } catch (IllegalArgumentException tryNext) {
                // the next format, then ISO-8601 with an offset
            }
        }
        try {
            return Times.parseInstant(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of the form "
                    + (patterns.isEmpty() ? "" : String.join(" or ", patterns) + " or ") + "ISO-8601 with an offset");
        }
    }
}
