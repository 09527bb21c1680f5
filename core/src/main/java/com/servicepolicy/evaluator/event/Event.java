package com.servicepolicy.evaluator.event;

import java.time.Instant;
import java.util.Objects;

/**
 * One valid line of an interaction event log. Times are epoch milliseconds so that rules can
 * compare and add them directly; {@link #instant()} gives the {@link Instant}.
 * Optional fields are {@code null} when absent. Priority and category carry their defaults only
 * on {@link EventType#OPENED}.
 */
public final class Event {
    private final String eventId;
    private final EventType type;
    private final long at;
    private final String customerId;
    private final String interactionId;
    private final Channel channel;
    private final Priority priority;
    private final Category category;
    private final String topic;
    private final String agentId;
    private final String reasonCode;
    private final String reasonText;
    private final Long dueAt;
    private final Integer rating;
    private final Status status;
    private final boolean internal;
    private final String queue;
    private final long sequence;

    private Event(Builder b) {
        this.eventId = Objects.requireNonNull(b.eventId, "eventId");
        this.type = Objects.requireNonNull(b.type, "type");
        this.at = b.at;
        this.customerId = Objects.requireNonNull(b.customerId, "customerId");
        this.interactionId = b.interactionId;
        this.channel = b.channel;
        boolean opened = b.type == EventType.OPENED;
        this.priority = b.priority != null ? b.priority : opened ? Priority.NORMAL : null;
        this.category = b.category != null ? b.category : opened ? Category.OTHER : null;
        this.topic = b.topic;
        this.agentId = b.agentId;
        this.reasonCode = b.reasonCode;
        this.reasonText = b.reasonText;
        this.dueAt = b.dueAt;
        this.rating = b.rating;
        this.status = b.status;
        this.internal = b.internal;
        this.queue = b.queue;
        this.sequence = b.sequence;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this event, to make a copy that differs in a few. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eventId = eventId;
        b.type = type;
        b.at = at;
        b.customerId = customerId;
        b.interactionId = interactionId;
        b.channel = channel;
        b.priority = priority;
        b.category = category;
        b.topic = topic;
        b.agentId = agentId;
        b.reasonCode = reasonCode;
        b.reasonText = reasonText;
        b.dueAt = dueAt;
        b.rating = rating;
        b.status = status;
        b.internal = internal;
        b.queue = queue;
        b.sequence = sequence;
        return b;
    }

    public String getEventId() { return eventId; }
    public EventType getType() { return type; }
    /** Epoch milliseconds. */
    public long getAt() { return at; }
    public Instant instant() { return Instant.ofEpochMilli(at); }
    public String getCustomerId() { return customerId; }
    public String getInteractionId() { return interactionId; }
    public Channel getChannel() { return channel; }
    public Priority getPriority() { return priority; }
    public Category getCategory() { return category; }
    public String getTopic() { return topic; }
    public String getAgentId() { return agentId; }
    public String getReasonCode() { return reasonCode; }
    public String getReasonText() { return reasonText; }
    /** Epoch milliseconds, or null. */
    public Long getDueAt() { return dueAt; }
    public Integer getRating() { return rating; }
    /** On STATUS_CHANGED, the status from then on; null otherwise. */
    public Status getStatus() { return status; }
    /** An AGENT_REPLY that is an internal note: kept and counted, but it answers nobody. */
    public boolean isInternal() { return internal; }
    /** On OPENED, the team or queue the interaction was routed to, or null. */
    public String getQueue() { return queue; }

    /** An agent response, as the catalog defines it: a reply that is not internal, a resolution or a refusal. */
    public boolean isAgentResponse() {
        return (type == EventType.AGENT_REPLY && !internal) || type == EventType.RESOLVED || type == EventType.REFUSED;
    }
    /** Position in the input, used to order events that share an instant. */
    public long getSequence() { return sequence; }

    @Override
    public String toString() {
        return type + " " + eventId + " at " + instant() + " (customer " + customerId
                + (interactionId == null ? "" : ", interaction " + interactionId) + ")";
    }

    /** Builds an {@link Event}; eventId, type, at and customerId are required. */
    public static final class Builder {
        private String eventId;
        private EventType type;
        private long at;
        private String customerId;
        private String interactionId;
        private Channel channel;
        private Priority priority;
        private Category category;
        private String topic;
        private String agentId;
        private String reasonCode;
        private String reasonText;
        private Long dueAt;
        private Integer rating;
        private Status status;
        private boolean internal;
        private String queue;
        private long sequence;

        private Builder() {
        }

        public Builder eventId(String v) { eventId = v; return this; }
        public Builder type(EventType v) { type = v; return this; }
        public Builder at(Instant v) { at = v.toEpochMilli(); return this; }
        public Builder atMillis(long v) { at = v; return this; }
        public Builder customerId(String v) { customerId = v; return this; }
        public Builder interactionId(String v) { interactionId = v; return this; }
        public Builder channel(Channel v) { channel = v; return this; }
        public Builder priority(Priority v) { priority = v; return this; }
        public Builder category(Category v) { category = v; return this; }
        public Builder topic(String v) { topic = v; return this; }
        public Builder agentId(String v) { agentId = v; return this; }
        public Builder reasonCode(String v) { reasonCode = v; return this; }
        public Builder reasonText(String v) { reasonText = v; return this; }
        public Builder dueAt(Instant v) { dueAt = v == null ? null : v.toEpochMilli(); return this; }
        public Builder rating(Integer v) { rating = v; return this; }
        public Builder status(Status v) { status = v; return this; }
        public Builder internal(boolean v) { internal = v; return this; }
        public Builder queue(String v) { queue = v; return this; }
        public Builder sequence(long v) { sequence = v; return this; }
        /** The time given so far, epoch milliseconds: a store orders events read back before it numbers and makes them. */
        public long atMillis() { return at; }

        public Event build() {
            return new Event(this);
        }
    }
}
