package com.servicepolicy.evaluator.importers.mapping;

/**
 * A chunk's time conversions, remembering the last: a row's times often repeat (NYC 311's closing and resolution
 * times are mostly one), and converting one costs more than the rest of its event.
 */
final class LastTime {
    private final RowTimes times;
    private String lastText;
    private String lastInstant;

    LastTime(RowTimes times) {
        this.times = times;
    }

    String instantText(String text) {
        if (!text.equals(lastText)) {
            String instant = times.instantText(text); // throws before the memory changes
            lastText = text;
            lastInstant = instant;
        }
        return lastInstant;
    }
}
