package com.servicepolicy.evaluator.ingest;

import java.util.HashMap;
import java.util.Map;

/** The fields of the event-log contract, by their exact (case-sensitive) names. */
public enum EventField {
    EVENT_ID("eventId"),
    TYPE("type"),
    AT("at"),
    CUSTOMER_ID("customerId"),
    INTERACTION_ID("interactionId"),
    CHANNEL("channel"),
    PRIORITY("priority"),
    CATEGORY("category"),
    TOPIC("topic"),
    AGENT_ID("agentId"),
    REASON_CODE("reasonCode"),
    REASON_TEXT("reasonText"),
    DUE_AT("dueAt"),
    RATING("rating"),
    STATUS("status"),
    INTERNAL("internal"),
    QUEUE("queue");

    static final int COUNT = values().length;
    private static final Map<String, EventField> BY_NAME = new HashMap<>();

    static {
        for (EventField f : values()) {
            BY_NAME.put(f.fieldName, f);
        }
    }

    private final String fieldName;

    EventField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The name as the contract writes it, e.g. {@code eventId}. */
    public String fieldName() {
        return fieldName;
    }

    /** In JSON every field is a string except {@code rating}, which is a number. */
    boolean isNumeric() {
        return this == RATING;
    }

    /** {@code internal} is a JSON boolean ({@code true}/{@code false}; the same words in a CSV cell). */
    boolean isBoolean() {
        return this == INTERNAL;
    }

    /** What JSON type the field takes, for messages. */
    String jsonType() {
        return isNumeric() ? "number" : isBoolean() ? "boolean" : "string";
    }

    /** The field with exactly this name, or {@code null} for a field the contract ignores. */
    public static EventField byName(String name) {
        return BY_NAME.get(name);
    }
}
