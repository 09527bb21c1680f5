package com.servicepolicy.evaluator.event;

/** What happened in an interaction (see shared/spec/event-log.md). */
public enum EventType {
    OPENED(Side.CUSTOMER),
    CUSTOMER_MESSAGE(Side.CUSTOMER),
    AGENT_REPLY(Side.AGENT),
    RESOLVED(Side.AGENT),
    REOPENED(Side.CUSTOMER),
    REFUSED(Side.AGENT),
    FOLLOW_UP(Side.AGENT),
    CALLBACK_PROMISED(Side.AGENT),
    ACCOMMODATION_REQUESTED(Side.CUSTOMER),
    ACCOMMODATION_GRANTED(Side.AGENT),
    ACCOMMODATION_DENIED(Side.AGENT),
    REVIEW_POSTED(Side.CUSTOMER),
    STATUS_CHANGED(Side.AGENT),
    PRIORITY_CHANGED(Side.AGENT);

    public enum Side { CUSTOMER, AGENT }

    private final Side side;

    EventType(Side side) {
        this.side = side;
    }

    public Side side() {
        return side;
    }

    /** Every event but a review belongs to an interaction. */
    public boolean requiresInteraction() {
        return this != REVIEW_POSTED;
    }
}
