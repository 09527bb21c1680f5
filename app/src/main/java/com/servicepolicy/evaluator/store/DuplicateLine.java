package com.servicepolicy.evaluator.store;

/** A valid line whose eventId was already stored (on this night or an earlier one). */
public record DuplicateLine(String source, long line, String eventId, Origin first) {
}
