package com.servicepolicy.evaluator.night;

/** A valid line whose eventId was already stored (on this night or an earlier one). */
public record DuplicateLine(String source, long line, String eventId, Origin first) {
}
