package com.servicepolicy.evaluator.importers.mapping;

import java.time.Instant;

/**
 * A chunk's time conversions, remembering the last: a row's times often repeat (NYC 311's closing and resolution
 * times are mostly one), and converting one costs more than the rest of its event.
 */
final class LastTime {
    private final RowTimes times;
    private String lastText;
    private Instant lastInstant;

    LastTime(RowTimes times) {
        this.times = times;
    }

    Instant instant(String text) {
        if (!text.equals(lastText)) {
            Instant instant = times.instant(text); // throws before the memory changes
            lastText = text;
            lastInstant = instant;
        }
        return lastInstant;
    }
}
