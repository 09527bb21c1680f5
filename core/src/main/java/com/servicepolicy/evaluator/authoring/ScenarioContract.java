package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.ingest.EventParser;
import com.servicepolicy.evaluator.ingest.FieldError;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * A scenario's event checked as every door checks a line of a log (the contract's limits: times 1970-2999,
 * identifiers of at most 512 characters, no U+0000, ...): a scenario must not pass or fail on an event no door
 * would ever hand to the rules.
 */
final class ScenarioContract {
    private ScenarioContract() {
    }

    /** Why a door would reject {@code e}, field by field; empty when it would take it. */
    static List<String> problems(Event e) {
        return EventParser.parse(asLogLine(e), e.getSequence()).errors().stream().map(FieldError::toString).toList();
    }

    /** The event as a line of the contract's JSON Lines. */
    private static ObjectNode asLogLine(Event e) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        put(o, "eventId", e.getEventId());
        put(o, "type", e.getType().name());
        put(o, "at", Instant.ofEpochMilli(e.getAt()).toString());
        put(o, "customerId", e.getCustomerId());
        put(o, "interactionId", e.getInteractionId());
        put(o, "channel", e.getChannel() == null ? null : e.getChannel().name());
        put(o, "priority", e.getPriority() == null ? null : e.getPriority().name());
        put(o, "category", e.getCategory() == null ? null : e.getCategory().name());
        put(o, "topic", e.getTopic());
        put(o, "queue", e.getQueue());
        put(o, "status", e.getStatus() == null ? null : e.getStatus().name());
        put(o, "agentId", e.getAgentId());
        put(o, "reasonCode", e.getReasonCode());
        put(o, "reasonText", e.getReasonText());
        put(o, "dueAt", e.getDueAt() == null ? null : Instant.ofEpochMilli(e.getDueAt()).toString());
        if (e.isInternal()) {
            o.put("internal", true);
        }
        if (e.getRating() != null) {
            o.put("rating", e.getRating().intValue());
        }
        return o;
    }

    private static void put(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
