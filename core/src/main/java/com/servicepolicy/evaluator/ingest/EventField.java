package com.servicepolicy.evaluator.ingest;

import java.util.HashMap;
import java.util.Map;

/** The fields of the event-log contract, by their exact (case-sensitive) names. */
public enum EventField {
    EVENT_ID("eventId", TextLimits.IDENTIFIER),
    TYPE("type", 0),
    AT("at", 0),
    CUSTOMER_ID("customerId", TextLimits.IDENTIFIER),
    INTERACTION_ID("interactionId", TextLimits.IDENTIFIER),
    CHANNEL("channel", 0),
    PRIORITY("priority", 0),
    CATEGORY("category", 0),
    TOPIC("topic", TextLimits.TOPIC),
    AGENT_ID("agentId", TextLimits.IDENTIFIER),
    REASON_CODE("reasonCode", TextLimits.REASON_CODE),
    REASON_TEXT("reasonText", TextLimits.REASON_TEXT),
    DUE_AT("dueAt", 0),
    RATING("rating", 0),
    STATUS("status", 0),
    INTERNAL("internal", 0),
    QUEUE("queue", TextLimits.QUEUE);

    static final int COUNT = values().length;
    private static final Map<String, EventField> BY_NAME = new HashMap<>();

    static {
        for (EventField f : values()) {
            BY_NAME.put(f.fieldName, f);
        }
    }

    private final String fieldName;
    private final int maxChars;

    /** {@code maxChars}: the contract's length limit, 0 for fields whose values are an enum, a time or a number. */
    EventField(String fieldName, int maxChars) {
        this.fieldName = fieldName;
        this.maxChars = maxChars;
    }

    /** The contract's length limit in characters; 0 when the field's value is checked otherwise. */
    int maxChars() {
        return maxChars;
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
