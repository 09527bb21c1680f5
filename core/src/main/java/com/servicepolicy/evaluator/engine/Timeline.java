package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.BusinessCalendar;
import com.servicepolicy.evaluator.policy.Clock;
import com.servicepolicy.evaluator.policy.ClockKind;
import com.servicepolicy.evaluator.policy.Interaction;
import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.ServiceLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One interaction's events in order (at, then input position), and the facts derived from them:
 * the {@link Interaction} (when it has an OPENED event) and its clocks. What starts and stops each
 * clock, what pauses it, which priority and service-level policy judge it, are fixed by the catalog's
 * common ground and the settings; whether a clock is late is for the rules to say.
 */
final class Timeline {
    private static final int PRIORITIES = Priority.values().length;
    private final List<Event> events;
    private final long asOf;
    private final PolicySettings settings;
    private final Map<String, String> customerAttributes;
    private final int openedIndex;
    private final StatusTimeline statuses;
    /** Whether any PRIORITY_CHANGED follows the OPENED: most interactions keep one priority throughout. */
    private final boolean priorityChanges;
    /** The service-level policy per priority in effect (by ordinal), chosen on first use: the rest of its condition is the interaction's. */
    private final ServiceLevel[] levelByPriority = new ServiceLevel[PRIORITIES];
    private final Interaction interaction;

    /**
     * @param events   one interaction's events, sorted by (at, sequence), none after asOf
     * @param customer the interaction's customer with their attributes, or null when not given
     */
    Timeline(List<Event> events, long asOf, PolicySettings settings, Customer customer) {
        this.events = events;
        this.asOf = asOf;
        this.settings = settings;
        this.customerAttributes = customer == null ? Map.of() : customer.attributes();
        this.openedIndex = indexOf(0, e -> e.getType() == EventType.OPENED);
        this.statuses = openedIndex < 0 ? null : StatusTimeline.of(events, openedIndex);
        this.priorityChanges = openedIndex >= 0 && indexOf(openedIndex + 1, e -> e.getType() == EventType.PRIORITY_CHANGED) >= 0;
        this.interaction = openedIndex < 0 ? null : interactionFrom(events.get(openedIndex));
    }

    private Interaction interactionFrom(Event opened) {
        boolean refused = indexOf(0, e -> e.getType() == EventType.REFUSED) >= 0;
        return new Interaction(opened.getInteractionId(), opened.getCustomerId(), opened.getEventId(), opened.getAt(),
                opened.getChannel(), priorityAt(events.size() - 1), opened.getCategory(), opened.getTopic(), refused,
                opened.getQueue(), statuses.current());
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
                clocks.add(clock(ClockKind.ACCOMMODATION_ANSWER, i, indexOf(i + 1, Timeline::isAccommodationAnswer)));
            } else if (e.getType() == EventType.CALLBACK_PROMISED && e.getDueAt() != null) {
                clocks.add(clock(ClockKind.CALLBACK, i, indexOfAfter(i, e.getAt(), Timeline::isCallbackContact)));
            }
        }
        return clocks;
    }

    private void addResponsivenessClocks(List<Clock> clocks) {
        int firstResponse = indexOf(openedIndex + 1, Event::isAgentResponse);
        clocks.add(clock(ClockKind.FIRST_RESPONSE, openedIndex, firstResponse));
        clocks.add(clock(ClockKind.RESOLUTION, openedIndex, indexOf(openedIndex + 1, Timeline::isClosure)));
        if (firstResponse < 0) {
            return;
        }
        int start = -1;
        for (int i = firstResponse + 1; i < events.size(); i++) {
            Event e = events.get(i);
            if (e.isAgentResponse() && start >= 0) {
                clocks.add(clock(ClockKind.NEXT_REPLY, start, i));
                start = -1;
            } else if ((e.getType() == EventType.CUSTOMER_MESSAGE || e.getType() == EventType.REOPENED) && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            clocks.add(clock(ClockKind.NEXT_REPLY, start, -1));
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
                clocks.add(clock(ClockKind.FOLLOW_UP, i, indexOfAfter(i, e.getAt(), f -> f.getType() == EventType.FOLLOW_UP)));
                return;
            }
        }
    }

    /**
     * The clock from event {@code startIndex} to event {@code stopIndex} (-1: still running at asOf), judged
     * with the priority in effect at its stop (or asOf) and the service-level policy that priority selects.
     */
    private Clock clock(ClockKind kind, int startIndex, int stopIndex) {
        Event start = events.get(startIndex);
        Event stop = stopIndex < 0 ? null : events.get(stopIndex);
        long end = stop == null ? asOf : stop.getAt();
        Long dueAt = kind == ClockKind.CALLBACK ? start.getDueAt() : null;
        Priority priority = interaction == null ? null : priorityAt(stopIndex < 0 ? events.size() - 1 : stopIndex);
        ServiceLevel level = interaction == null ? settings.defaultServiceLevel() : serviceLevelAt(priority);
        BusinessCalendar calendar = settings.calendarOf(kind, level);
        List<Clock.Pause> pauses = statuses == null || startIndex < openedIndex ? List.of()
                : statuses.pauses(start.getAt(), end, settings.pausedIn(kind, level));
        long active = StatusTimeline.activeBetween(start.getAt(), end, pauses, calendar);
        Clock.Span span = new Clock.Span(start.getEventId(), start.getAt(), stop == null ? null : stop.getEventId(),
                stop == null ? null : stop.getAt());
        return new Clock(kind, start.getCustomerId(), start.getInteractionId(), priority,
                interaction == null ? null : interaction.getCategory(), span, active, end - start.getAt(), dueAt,
                settings.targetOf(kind, level, priority, dueAt == null ? 0 : dueAt - start.getAt()), level.name(), pauses);
    }

    /** The service-level policy that applies to this interaction at {@code priority}. */
    private ServiceLevel serviceLevelAt(Priority priority) {
        if (priority == null) {
            return settings.serviceLevelFor(interaction.getChannel(), interaction.getCategory(), interaction.getQueue(),
                    null, customerAttributes);
        }
        ServiceLevel level = levelByPriority[priority.ordinal()];
        if (level == null) {
            level = settings.serviceLevelFor(interaction.getChannel(), interaction.getCategory(), interaction.getQueue(),
                    priority, customerAttributes);
            levelByPriority[priority.ordinal()] = level;
        }
        return level;
    }

    /** The interaction's priority after event {@code index}: the OPENED's, changed by each PRIORITY_CHANGED up to it. */
    private Priority priorityAt(int index) {
        Priority priority = events.get(openedIndex).getPriority();
        if (!priorityChanges) {
            return priority;
        }
        for (int i = openedIndex + 1; i <= index && i < events.size(); i++) {
            Event e = events.get(i);
            if (e.getType() == EventType.PRIORITY_CHANGED && e.getPriority() != null) {
                priority = e.getPriority();
            }
        }
        return priority;
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

    /** A contact that keeps a callback promise: a reply the customer saw, a follow-up or a resolution. */
    private static boolean isCallbackContact(Event e) {
        EventType t = e.getType();
        return (t == EventType.AGENT_REPLY && !e.isInternal()) || t == EventType.FOLLOW_UP || t == EventType.RESOLVED;
    }
}
