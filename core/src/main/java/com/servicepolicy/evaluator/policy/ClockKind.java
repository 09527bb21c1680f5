package com.servicepolicy.evaluator.policy;

/** The clocks derived from an interaction's timeline. Each names what starts and stops it. */
public enum ClockKind {
    /** From OPENED to the first agent response. */
    FIRST_RESPONSE("responsiveness", "the interaction's OPENED event"),
    /** From a customer message or reopening (after the first response) to the next agent response. */
    NEXT_REPLY("responsiveness", "a CUSTOMER_MESSAGE or REOPENED after the first agent response"),
    /** From OPENED to the first RESOLVED or REFUSED. */
    RESOLUTION("responsiveness", "the interaction's OPENED event"),
    /** From an accommodation request to the first grant or denial on the interaction. */
    ACCOMMODATION_ANSWER("non-discrimination", "an ACCOMMODATION_REQUESTED event"),
    /**
     * From a callback promise to the first reply, follow-up or resolution; due at the promise's dueAt.
     * It compares instants the agent promised, so no business calendar applies to it.
     */
    CALLBACK(null, "a CALLBACK_PROMISED event"),
    /** From the final RESOLVED (not reopened since) to the first FOLLOW_UP after it. */
    FOLLOW_UP("follow-up", "the final RESOLVED, when no REOPENED came after it");

    private final String policy;
    private final String startsAt;

    ClockKind(String policy, String startsAt) {
        this.policy = policy;
        this.startsAt = startsAt;
    }

    /** What starts a clock of this kind, for explanations. */
    public String startsAt() {
        return startsAt;
    }

    /** The policy whose business calendar, if configured, measures this clock; null for none. */
    public String policy() {
        return policy;
    }
}
