package com.servicepolicy.evaluator.evaluation;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares one String instance among a customer's events for the values that repeat across lines: a
 * log repeats each customer id ~11 times and each interaction id ~5 times, and each copy costs
 * ~48 bytes. Customer and interaction ids are matched within the customer's own events (no
 * log-wide table, which would cost about what it saves); agent ids, topics and reason codes,
 * which have few distinct values, through a small pool. Event ids and reason texts are unique and
 * kept as they are. Not thread-safe.
 */
final class CompactEvents {
    private static final int SMALL_POOL_LIMIT = 100_000;

    private final Map<String, String> smallValues = new HashMap<>();

    /**
     * The same event, with its repeating strings shared.
     *
     * @param customerId the canonical instance of the event's customer id
     * @param customerEvents the customer's events held so far
     */
    Event compact(Event e, String customerId, List<Event> customerEvents) {
        return e.toBuilder()
                .customerId(customerId).interactionId(e.getType() == EventType.OPENED ? e.getInteractionId()
                        : sharedInteraction(e.getInteractionId(), customerEvents))
                .topic(shared(e.getTopic())).agentId(shared(e.getAgentId())).reasonCode(shared(e.getReasonCode()))
                .queue(shared(e.getQueue()))
                .build();
    }

    /** An OPENED event starts its interaction, so searching for its id (cache misses on every earlier event) is skipped. */
    private static String sharedInteraction(String id, List<Event> customerEvents) {
        if (id == null) {
            return null;
        }
        for (int i = customerEvents.size() - 1; i >= 0; i--) {
            String earlier = customerEvents.get(i).getInteractionId();
            if (id.equals(earlier)) {
                return earlier;
            }
        }
        return id;
    }

    private String shared(String value) {
        if (value == null) {
            return null;
        }
        String first = smallValues.get(value);
        if (first != null) {
            return first;
        }
        if (smallValues.size() < SMALL_POOL_LIMIT) { // a column of unique values must not grow the pool without end
            smallValues.put(value, value);
        }
        return value;
    }
}
