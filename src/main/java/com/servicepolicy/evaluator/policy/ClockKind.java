package com.servicepolicy.evaluator.policy;

/** The clocks derived from an interaction's timeline. Each names what starts and stops it. */
public enum ClockKind {
    /** From OPENED to the first agent response. */
    FIRST_RESPONSE,
    /** From a customer message or reopening (after the first response) to the next agent response. */
    NEXT_REPLY,
    /** From OPENED to the first RESOLVED or REFUSED. */
    RESOLUTION,
    /** From an accommodation request to the first grant or denial on the interaction. */
    ACCOMMODATION_ANSWER,
    /** From a callback promise to the first reply, follow-up or resolution; due at the promise's dueAt. */
    CALLBACK,
    /** From the final RESOLVED (not reopened since) to the first FOLLOW_UP after it. */
    FOLLOW_UP
}
