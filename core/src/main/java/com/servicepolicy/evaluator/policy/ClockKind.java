package com.servicepolicy.evaluator.policy;

/** The clocks derived from an interaction's timeline. Each names what starts and stops it. */
public enum ClockKind {
    /** From OPENED to the first agent response. */
    FIRST_RESPONSE("responsiveness"),
    /** From a customer message or reopening (after the first response) to the next agent response. */
    NEXT_REPLY("responsiveness"),
    /** From OPENED to the first RESOLVED or REFUSED. */
    RESOLUTION("responsiveness"),
    /** From an accommodation request to the first grant or denial on the interaction. */
    ACCOMMODATION_ANSWER("non-discrimination"),
    /**
     * From a callback promise to the first reply, follow-up or resolution; due at the promise's dueAt.
     * It compares instants the agent promised, so no business calendar applies to it.
     */
    CALLBACK(null),
    /** From the final RESOLVED (not reopened since) to the first FOLLOW_UP after it. */
    FOLLOW_UP("follow-up");

    private final String policy;

    ClockKind(String policy) {
        this.policy = policy;
    }

    /** The policy whose business calendar, if configured, measures this clock; null for none. */
    public String policy() {
        return policy;
    }
}
