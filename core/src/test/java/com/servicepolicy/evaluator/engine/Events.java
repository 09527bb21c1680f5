package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.policy.Durations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Terse event logs for engine tests: times are offsets such as "4h 1s" from a fixed start. */
final class Events {
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private final List<Event> events = new ArrayList<>();
    private String customer = "C1";
    private String interaction = "I1";

    Events customer(String id) {
        customer = id;
        return this;
    }

    Events interaction(String id) {
        interaction = id;
        return this;
    }

    Events opened(String offset, Priority priority, Category category) {
        return add(EventType.OPENED, offset, b -> b.priority(priority).category(category));
    }

    Events opened(String offset, Priority priority) {
        return opened(offset, priority, Category.INQUIRY);
    }

    Events add(EventType type, String offset) {
        return add(type, offset, b -> { });
    }

    Events add(EventType type, String offset, java.util.function.Consumer<Event.Builder> details) {
        Event.Builder b = Event.builder().eventId("E" + (events.size() + 1)).type(type).at(at(offset))
                .customerId(customer).sequence(events.size() + 1);
        if (type.requiresInteraction()) {
            b.interactionId(interaction);
        }
        details.accept(b);
        events.add(b.build());
        return this;
    }

    static Instant at(String offset) {
        return offset.startsWith("-") ? START.minusMillis(Durations.parse(offset.substring(1)))
                : START.plusMillis(Durations.parse(offset));
    }

    List<Event> list() {
        return List.copyOf(events);
    }
}
