package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.event.Event;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Shares one String instance among the events of a held log for values that repeat across lines
 * (customer, interaction, agent, topic, reason code): a log repeats each customer id ~11 times and
 * each interaction id ~5 times, and each copy costs ~48 bytes. The event id and the free reason
 * text are unique and kept as they are. One pool per log; not thread-safe.
 */
final class CompactEvents {
    private final Map<String, String> pool = new HashMap<>();

    /** The same event, with its repeating strings shared with earlier events. */
    Event compact(Event e) {
        return Event.builder()
                .eventId(e.getEventId()).type(e.getType()).atMillis(e.getAt())
                .customerId(shared(e.getCustomerId())).interactionId(shared(e.getInteractionId()))
                .channel(e.getChannel()).priority(e.getPriority()).category(e.getCategory())
                .topic(shared(e.getTopic())).agentId(shared(e.getAgentId())).reasonCode(shared(e.getReasonCode()))
                .reasonText(e.getReasonText())
                .dueAt(e.getDueAt() == null ? null : Instant.ofEpochMilli(e.getDueAt())).rating(e.getRating())
                .sequence(e.getSequence())
                .build();
    }

    private String shared(String value) {
        if (value == null) {
            return null;
        }
        String first = pool.putIfAbsent(value, value);
        return first != null ? first : value;
    }
}
