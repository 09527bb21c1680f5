package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.BusinessCalendar;
import com.servicepolicy.evaluator.policy.Clock;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An interaction's workflow status over time (event-log.md): {@code OPEN} from its OPENED and each
 * REOPENED, otherwise the status of its latest STATUS_CHANGED; events before the OPENED play no part, and
 * changes at one instant take effect in line order (so the last one holds from that instant on).
 */
final class StatusTimeline {
    /** From {@code from} (epoch ms) until the next change, the interaction was in {@code status}. */
    record Change(long from, Status status) {
    }

    private final List<Change> changes;

    private StatusTimeline(List<Change> changes) {
        this.changes = changes;
    }

    /** @param events one interaction's events in timeline order; {@code openedIndex} its first OPENED */
    static StatusTimeline of(List<Event> events, int openedIndex) {
        List<Change> changes = new ArrayList<>();
        for (int i = openedIndex; i < events.size(); i++) {
            Event e = events.get(i);
            Status next = switch (e.getType()) {
                case OPENED, REOPENED -> i == openedIndex || e.getType() == EventType.REOPENED ? Status.OPEN : null;
                case STATUS_CHANGED -> e.getStatus();
                default -> null;
            };
            if (next == null) {
                continue;
            }
            if (!changes.isEmpty() && changes.get(changes.size() - 1).from() == e.getAt()) {
                changes.set(changes.size() - 1, new Change(e.getAt(), next)); // same instant: the later line holds
            } else if (changes.isEmpty() || changes.get(changes.size() - 1).status() != next) {
                changes.add(new Change(e.getAt(), next));
            }
        }
        return new StatusTimeline(changes);
    }

    /** The status at the end of the timeline (asOf). */
    Status current() {
        return changes.isEmpty() ? Status.OPEN : changes.get(changes.size() - 1).status();
    }

    /** The stretches of [from, to) spent in one of {@code paused}, in order. */
    List<Clock.Pause> pauses(long from, long to, Set<Status> paused) {
        if (paused.isEmpty()) {
            return List.of();
        }
        List<Clock.Pause> out = null; // most clocks have no pause: no list for them
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            long until = i + 1 < changes.size() ? changes.get(i + 1).from() : Long.MAX_VALUE;
            long a = Math.max(from, c.from());
            long b = Math.min(to, until);
            if (b > a && paused.contains(c.status())) {
                if (out == null) {
                    out = new ArrayList<>(2);
                } else if (out.get(out.size() - 1).to() == a) { // PENDING then ON_HOLD: one pause
                    a = out.remove(out.size() - 1).from();
                }
                out.add(new Clock.Pause(a, b, c.status()));
            }
        }
        return out == null ? List.of() : List.copyOf(out); // immutable, so the clock keeps it without a copy
    }

    /** Active time in [from, to) around {@code pauses} (from {@link #pauses}), with a calendar only its working time. */
    static long activeBetween(long from, long to, List<Clock.Pause> pauses, BusinessCalendar calendar) {
        long total = 0;
        long cursor = from;
        for (Clock.Pause pause : pauses) {
            total += length(cursor, pause.from(), calendar);
            cursor = pause.to();
        }
        return total + length(cursor, to, calendar);
    }

    private static long length(long from, long to, BusinessCalendar calendar) {
        if (to <= from) {
            return 0;
        }
        return calendar == null ? to - from : calendar.between(from, to);
    }
}
