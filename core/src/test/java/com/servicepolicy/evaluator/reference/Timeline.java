package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The events of one interaction in (at, sequence) order. The interaction starts at its first OPENED;
 * {@link #afterOpened()} holds what follows it, without later OPENED events (decision 1).
 */
final class Timeline {
    static final Comparator<Event> ORDER = Comparator.comparingLong(Event::getAt).thenComparingLong(Event::getSequence);

    final String interactionId;
    final List<Event> events;
    final Event opened;
    private final List<Event> afterOpened;

    Timeline(String interactionId, List<Event> events) {
        this.interactionId = interactionId;
        this.events = events;
        events.sort(ORDER);
        int index = -1;
        for (int i = 0; i < events.size() && index < 0; i++) {
            if (events.get(i).getType() == EventType.OPENED) {
                index = i;
            }
        }
        this.opened = index < 0 ? null : events.get(index);
        this.afterOpened = index < 0 ? List.of() : events.subList(index + 1, events.size()).stream()
                .filter(e -> e.getType() != EventType.OPENED).toList();
    }

    boolean hasOpened() {
        return opened != null;
    }

    List<Event> afterOpened() {
        return afterOpened;
    }

    boolean anyOf(EventType type) {
        return events.stream().anyMatch(e -> e.getType() == type);
    }

    /** The catalog's agent response: a reply that is not an internal note, a resolution or a refusal. */
    static boolean isAgentResponse(Event e) {
        return (e.getType() == EventType.AGENT_REPLY && !e.isInternal()) || e.getType() == EventType.RESOLVED
                || e.getType() == EventType.REFUSED;
    }

    /** The priority in effect once {@code upTo} (an event after the OPENED) has happened, or at asOf when null. */
    Priority priorityAt(Event upTo) {
        Priority priority = opened.getPriority();
        for (Event e : afterOpened) {
            if (e.getType() == EventType.PRIORITY_CHANGED) {
                priority = e.getPriority();
            }
            if (e == upTo) {
                break;
            }
        }
        return priority;
    }

    /**
     * Milliseconds of [from, to) during which the status was one of {@code paused}: OPEN from the OPENED and each
     * REOPENED, else the latest STATUS_CHANGED's status (written as a walk, not as intervals, to differ from the engine).
     */
    long pausedBetween(long from, long to, Set<Status> paused) {
        long total = 0;
        Status status = Status.OPEN;
        long since = opened.getAt();
        for (Event e : afterOpened) {
            Status next = e.getType() == EventType.REOPENED ? Status.OPEN
                    : e.getType() == EventType.STATUS_CHANGED ? e.getStatus() : null;
            if (next != null) {
                total += paused.contains(status) ? overlap(since, e.getAt(), from, to) : 0;
                status = next;
                since = e.getAt();
            }
        }
        return total + (paused.contains(status) ? overlap(since, Long.MAX_VALUE, from, to) : 0);
    }

    private static long overlap(long a, long b, long from, long to) {
        return Math.max(0, Math.min(b, to) - Math.max(a, from));
    }
}
