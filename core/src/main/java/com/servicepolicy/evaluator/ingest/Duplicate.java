package com.servicepolicy.evaluator.ingest;

/**
 * A valid record whose eventId had already been accepted in this run; it is counted but not
 * evaluated (the first occurrence wins). {@code firstSeen} is where the id was first accepted, or
 * {@code null} when the {@link EventIdRegistry} does not keep locations.
 */
public record Duplicate(String source, long line, String eventId, SourceLine firstSeen) {
    /** E.g. {@code events.jsonl:7: eventId e1: duplicate of line 3}. */
    @Override
    public String toString() {
        String of = firstSeen == null ? "duplicate"
                : firstSeen.source().equals(source) ? "duplicate of line " + firstSeen.line()
                : "duplicate of " + firstSeen;
        return source + ":" + line + ": eventId " + eventId + ": " + of;
    }
}
