package com.servicepolicy.evaluator.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One night to evaluate: its date, where its files are, and its instants in the configured zone.
 * {@code asOf} is the last millisecond of the date, so rerunning a night always judges the same moment.
 */
record Night(LocalDate date, Path inboxRoot, ZoneId zone) {

    /** {@code <inbox>/<yyyy-MM-dd>}. */
    Path folder() {
        return inboxRoot.resolve(date.toString());
    }

    long dayStart() {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    long asOf() {
        return date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
    }

    /** Where a window of the given length ending at {@code asOf} starts: {@code asOf - length}. */
    long since(Duration length) {
        return asOf() - length.toMillis();
    }
}
