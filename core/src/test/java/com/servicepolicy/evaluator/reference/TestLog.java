package com.servicepolicy.evaluator.reference;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A hand-made log for boundary tests: times are offsets from {@link #T0}, ids are e1, e2, … in input order. */
final class TestLog {
    static final Instant T0 = Instant.parse("2026-03-02T00:00:00Z");
    static final long SECOND = 1000;
    static final long HOUR = 3_600_000L;
    static final long DAY = 24 * HOUR;

    final List<Event> events = new ArrayList<>();
    final List<Customer> customers = new ArrayList<>();

    Event opened(String interaction, long at, Priority priority, Category category) {
        return add(base(EventType.OPENED, interaction, at).priority(priority).category(category));
    }

    Event opened(String interaction, String customer, long at, String topic) {
        return add(base(EventType.OPENED, interaction, at).customerId(customer).topic(topic));
    }

    Event event(EventType type, String interaction, long at) {
        return add(base(type, interaction, at));
    }

    Event refused(String interaction, long at, String code, String text) {
        return add(base(EventType.REFUSED, interaction, at).reasonCode(code).reasonText(text));
    }

    Event denied(String interaction, long at, String code) {
        return add(base(EventType.ACCOMMODATION_DENIED, interaction, at).reasonCode(code));
    }

    Event callback(String interaction, long at, long due) {
        return add(base(EventType.CALLBACK_PROMISED, interaction, at).dueAt(T0.plusMillis(due)));
    }

    Event review(String customer, long at, int rating) {
        return add(base(EventType.REVIEW_POSTED, null, at).customerId(customer).rating(rating));
    }

    void customer(String id, Map<String, String> attributes) {
        customers.add(new Customer(id, attributes));
    }

    Set<Finding> evaluate(long asOf) {
        return ReferenceEvaluator.evaluate(events, customers, T0.plusMillis(asOf), DefaultSettings.catalog());
    }

    private Event.Builder base(EventType type, String interaction, long at) {
        return Event.builder().eventId("e" + (events.size() + 1)).type(type).at(T0.plusMillis(at))
                .customerId("c1").interactionId(interaction).sequence(events.size());
    }

    private Event add(Event.Builder builder) {
        Event e = builder.build();
        events.add(e);
        return e;
    }
}
