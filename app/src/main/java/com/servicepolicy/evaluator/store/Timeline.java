package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Stored events put in timeline order: per customer, by time, then by where they were first read (night, source,
 * line). Each is numbered by its place in that order, so that ties at one instant break the same way on every run and
 * database.
 */
final class Timeline {
    private static final Comparator<Timed> ORDER = Comparator.comparing(Timed::customerId)
            .thenComparingLong(Timed::at).thenComparing(Timed::runDate).thenComparing(Timed::source)
            .thenComparingLong(Timed::line);

    private final List<Timed> timed = new ArrayList<>();

    /** Adds a stored row's events in [from, to]. */
    void add(String customerId, LocalDate night, String source, byte[] events, long from, long to) {
        HistoryRows.readBuilders(events, (event, line) -> {
            long at = event.atMillis();
            if (at >= from && at <= to) {
                timed.add(new Timed(event, customerId, at, night, source, line));
            }
        });
    }

    /** The events added, in timeline order and numbered by it; made once, with their number. */
    List<Event> events() {
        timed.sort(ORDER);
        List<Event> events = new ArrayList<>(timed.size());
        for (Timed t : timed) {
            events.add(t.event().sequence(events.size()).build());
        }
        return events;
    }

    private record Timed(Event.Builder event, String customerId, long at, LocalDate runDate, String source, long line) {
    }
}
