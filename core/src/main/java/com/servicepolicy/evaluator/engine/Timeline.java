package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.policy.BusinessCalendar;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.ClockKind;
import com.servicepolicy.evaluator.policy.ClockTarget;
import com.servicepolicy.evaluator.policy.Interaction;
import com.servicepolicy.evaluator.policy.PolicySettings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One interaction's events in order (at, then input position), and the facts derived from them:
 * the {@link Interaction} (when it has an OPENED event) and its clocks. What starts and stops each
 * clock is fixed by the catalog's common ground; whether a clock is late is for the rules to say.
 */
final class Timeline {
    private final List<Event> events;
    private final long asOf;
    private final PolicySettings settings;
    private final int openedIndex;
    private final Interaction interaction;

    /** @param events one interaction's events, sorted by (at, sequence), none after asOf */
    Timeline(List<Event> events, long asOf, PolicySettings settings) {
        this.events = events;
        this.asOf = asOf;
        this.settings = settings;
        this.openedIndex = indexOf(0, e -> e.getType() == EventType.OPENED);
        this.interaction = openedIndex < 0 ? null : interactionFrom(events.get(openedIndex));
    }

    private Interaction interactionFrom(Event opened) {
        boolean refused = events.stream().anyMatch(e -> e.getType() == EventType.REFUSED);
        return new Interaction(opened.getInteractionId(), opened.getCustomerId(), opened.getEventId(), opened.getAt(),
                opened.getChannel(), opened.getPriority(), opened.getCategory(), opened.getTopic(), refused);
    }

    /** The interaction, or null when the log has no OPENED event for it. */
    Interaction interaction() {
        return interaction;
    }

    List<Clock> clocks() {
        List<Clock> clocks = new ArrayList<>();
        if (interaction != null) {
            addResponsivenessClocks(clocks);
            addFollowUpClock(clocks);
        }
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.getType() == EventType.ACCOMMODATION_REQUESTED) {
                clocks.add(clock(ClockKind.ACCOMMODATION_ANSWER, e, indexOf(i + 1, Timeline::isAccommodationAnswer), null));
            } else if (e.getType() == EventType.CALLBACK_PROMISED && e.getDueAt() != null) {
                clocks.add(clock(ClockKind.CALLBACK, e, indexOfAfter(i, e.getAt(), Timeline::isCallbackContact), e.getDueAt()));
            }
        }
        return clocks;
    }

    private void addResponsivenessClocks(List<Clock> clocks) {
        Event opened = events.get(openedIndex);
        int firstResponse = indexOf(openedIndex + 1, e -> e.getType().isAgentResponse());
        clocks.add(clock(ClockKind.FIRST_RESPONSE, opened, firstResponse, null));
        clocks.add(clock(ClockKind.RESOLUTION, opened, indexOf(openedIndex + 1, Timeline::isClosure), null));
        if (firstResponse < 0) {
            return;
        }
        int start = -1;
        for (int i = firstResponse + 1; i < events.size(); i++) {
            EventType type = events.get(i).getType();
            if (type.isAgentResponse() && start >= 0) {
                clocks.add(clock(ClockKind.NEXT_REPLY, events.get(start), i, null));
                start = -1;
            } else if ((type == EventType.CUSTOMER_MESSAGE || type == EventType.REOPENED) && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            clocks.add(clock(ClockKind.NEXT_REPLY, events.get(start), -1, null));
        }
    }

    /** Runs from the final RESOLVED, unless a REOPENED came after it, to the first FOLLOW_UP after it. */
    private void addFollowUpClock(List<Clock> clocks) {
        for (int i = events.size() - 1; i > openedIndex; i--) {
            Event e = events.get(i);
            if (e.getType() == EventType.REOPENED) {
                return;
            }
            if (e.getType() == EventType.RESOLVED) {
                clocks.add(clock(ClockKind.FOLLOW_UP, e, indexOfAfter(i, e.getAt(), f -> f.getType() == EventType.FOLLOW_UP), null));
                return;
            }
        }
    }

    private Clock clock(ClockKind kind, Event start, int stopIndex, Long dueAt) {
        Event stop = stopIndex < 0 ? null : events.get(stopIndex);
        String stopId = stop == null ? null : stop.getEventId();
        Long stoppedAt = stop == null ? null : stop.getAt();
        BusinessCalendar calendar = settings.calendarOf(kind.policy());
        ClockTarget target = settings.targetOf(kind, interaction == null ? null : interaction.getPriority(),
                dueAt == null ? 0 : dueAt - start.getAt());
        if (interaction != null) {
            return new Clock(kind, interaction, start.getEventId(), start.getAt(), stopId, stoppedAt, asOf, dueAt, calendar, target);
        }
        return new Clock(kind, start.getCustomerId(), start.getInteractionId(), null, null,
                start.getEventId(), start.getAt(), stopId, stoppedAt, asOf, dueAt, calendar, target);
    }

    private int indexOf(int from, Predicate<Event> test) {
        for (int i = from; i < events.size(); i++) {
            if (test.test(events.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** First matching event after position {@code index} that is also strictly later than {@code time}. */
    private int indexOfAfter(int index, long time, Predicate<Event> test) {
        return indexOf(index + 1, e -> e.getAt() > time && test.test(e));
    }

    private static boolean isClosure(Event e) {
        return e.getType() == EventType.RESOLVED || e.getType() == EventType.REFUSED;
    }

    private static boolean isAccommodationAnswer(Event e) {
        return e.getType() == EventType.ACCOMMODATION_GRANTED || e.getType() == EventType.ACCOMMODATION_DENIED;
    }

    private static boolean isCallbackContact(Event e) {
        EventType t = e.getType();
        return t == EventType.AGENT_REPLY || t == EventType.FOLLOW_UP || t == EventType.RESOLVED;
    }
}
