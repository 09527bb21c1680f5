package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import java.util.Comparator;
import java.util.List;

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
}
